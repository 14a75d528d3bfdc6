import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { itemRow, showExports, startReview, waitSaved } from './review-helpers';

/** Accept "leave site?" prompts: the tests below check what survives leaving. */
const acceptDialogs = (page: import('@playwright/test').Page) => page.on('dialog', (d) => void d.accept());

test.describe('nothing typed or ticked is lost', () => {
	test('a note typed and not saved survives an in-app link and a reload', async ({ page }) => {
		acceptDialogs(page);
		const url = await startReview(page, 'acme/drafts#1', 'Reviewer');
		await itemRow(page, /^Retry logic\?/).getByRole('button', { name: 'Note' }).click();
		await page.getByLabel('Note', { exact: true }).pressSequentially('half typed');
		await page.getByRole('link', { name: 'Standards' }).click();
		await expect(page).toHaveURL(/\/standards/);
		await page.goto(url);
		await expect(page.getByLabel('Note', { exact: true })).toHaveValue('half typed');
		await page.getByLabel('Note', { exact: true }).pressSequentially(' and more');
		await page.reload();
		await expect(page.getByLabel('Note', { exact: true })).toHaveValue('half typed and more');
		await page.getByRole('button', { name: 'Save note' }).click();
		await expect(itemRow(page, /^Retry logic\?/).getByText('Note: half typed and more')).toBeVisible();
		await waitSaved(page);
		await page.reload();
		// Saved: no draft editor comes back.
		await expect(page.getByLabel('Note', { exact: true })).toHaveCount(0);
	});

	test('commit fields typed right before an in-app link or a reload are kept', async ({ page }) => {
		acceptDialogs(page);
		const url = await startReview(page, 'acme/drafts#2', 'Author');
		await showExports(page);
		const description = page.getByLabel('Description');
		await description.pressSequentially('add span cache');
		await page.getByRole('link', { name: 'Standards' }).click();
		await expect(page).toHaveURL(/\/standards/);
		await page.goto(url);
		await showExports(page);
		await expect(page.getByLabel('Description')).toHaveValue('add span cache');
		await page.getByLabel('Description').press('End');
		await page.getByLabel('Description').pressSequentially(' now');
		await page.reload();
		await expect(page.getByLabel('Description')).toHaveValue('add span cache now');
	});

	test('a tick that failed to save is carried by the next write of that item, not forgotten', async ({ page }) => {
		await page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
				if ((window as unknown as { failAnswers?: boolean }).failAnswers && this.name === 'answers') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await startReview(page, 'acme/quota#1', 'Reviewer');
		const retry = itemRow(page, /^Retry logic\?/);
		await page.evaluate(() => ((window as unknown as { failAnswers?: boolean }).failAnswers = true));
		await retry.getByRole('checkbox').check();
		await expect(retry.getByText(/^Not saved/)).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('header.head').getByText(/not saved/)).toBeVisible();
		await page.evaluate(() => ((window as unknown as { failAnswers?: boolean }).failAnswers = false));
		await retry.getByRole('button', { name: 'Note' }).click();
		await page.getByLabel('Note', { exact: true }).fill('after the quota error');
		await page.getByRole('button', { name: 'Save note' }).click();
		await waitSaved(page);
		await page.reload();
		await expect(retry.getByRole('checkbox')).toBeChecked();
		await expect(retry.getByText('Note: after the quota error')).toBeVisible();
	});

	test('two tabs editing one note: the later save does not silently replace the other', async ({ page, context }) => {
		const url = await startReview(page, 'acme/tabs#1', 'Reviewer');
		const other = await context.newPage();
		await other.goto(url);
		await itemRow(page, /^Retry logic\?/).getByRole('button', { name: 'Note' }).click();
		await page.getByLabel('Note', { exact: true }).fill('from tab A');
		await itemRow(other, /^Retry logic\?/).getByRole('button', { name: 'Note' }).click();
		await other.getByLabel('Note', { exact: true }).fill('from tab B');
		await other.getByRole('button', { name: 'Save note' }).click();
		await expect(itemRow(other, /^Retry logic\?/).getByText('Note: from tab B')).toBeVisible();
		// Tab A is told, and its save does not overwrite until the user decides.
		await expect(page.getByRole('alert').filter({ hasText: 'Another tab changed this note' })).toContainText('from tab B');
		await page.getByRole('button', { name: 'Save note' }).click();
		await expect(itemRow(other, /^Retry logic\?/).getByText('Note: from tab B')).toBeVisible();
		await page.getByRole('button', { name: 'Keep mine' }).click();
		await page.getByRole('button', { name: 'Save note' }).click();
		await expect(itemRow(other, /^Retry logic\?/).getByText('Note: from tab A')).toBeVisible();
	});

	test('a tick right before navigating away is kept', async ({ page }) => {
		acceptDialogs(page);
		const url = await startReview(page, 'acme/nav#1', 'Reviewer');
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		await page.goto('/standards');
		await page.goto(url);
		await expect(itemRow(page, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
	});

	test('a tick 50 ms before the browser is killed is kept', async ({ baseURL }) => {
		const dir = mkdtempSync(join(tmpdir(), 'shipshape-kill-'));
		const executablePath = test.info().project.use.launchOptions?.executablePath;
		const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];
		try {
			const first = await chromium.launchPersistentContext(dir, { executablePath, args, baseURL });
			const page = first.pages()[0] ?? (await first.newPage());
			const url = await startReview(page, 'acme/kill#1', 'Reviewer');
			await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
			await page.waitForTimeout(50);
			// SIGKILL the browser we started (found by its own profile directory), as a crash or power loss would.
			const pid = execFileSync('pgrep', ['-o', '-f', '--', `--user-data-dir=${dir}`], { encoding: 'utf8' }).trim();
			process.kill(Number(pid), 'SIGKILL');
			await first.close().catch(() => undefined);
			const second = await chromium.launchPersistentContext(dir, { executablePath, args, baseURL });
			const again = second.pages()[0] ?? (await second.newPage());
			await again.goto(url);
			await expect(itemRow(again, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
			await second.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
