/**
 * Copy and Download use what the user sees at the moment of the click:
 * text typed a moment ago (a commit answer, a note, an N/A reason, a commit
 * field) is in what is copied or downloaded, with no wait for the save.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { itemRow, showExports, startReview as startFromForm } from './review-helpers';

/** A new review, with its (lazily loaded) export panel there. */
async function startReview(page: Page, pr: string, role: 'Author' | 'Reviewer' = 'Author'): Promise<void> {
	await startFromForm(page, pr, role);
	await showExports(page);
}

const clipboardText = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/** Types like a person (key by key), so nothing waits for the field's save. */
async function type(field: Locator, text: string): Promise<void> {
	await field.click();
	await field.pressSequentially(text);
}

test.describe('exports use what was just typed', () => {
	test.describe.configure({ timeout: 60_000 });

	test('a commit answer typed and copied at once is in the copied commit message', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'acme/widgets#501');
		await type(page.getByLabel('Concurrency:'), 'Guarded by one mutex');
		await page.getByRole('button', { name: 'Copy Commit message' }).click();
		await expect(page.getByRole('region', { name: 'Commit' }).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await clipboardText(page)).toContain('- Concurrency: Guarded by one mutex');
	});

	test('Copy clicked while a commit answer still waits for its pause (no blur in between) copies it', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'acme/widgets#506');
		const field = page.getByLabel('Dependencies:');
		await type(field, 'None adde');
		// The last key and the click in one task: the field keeps focus, its 400 ms pause has not ended.
		await field.evaluate((input: HTMLInputElement) => {
			input.value += 'd';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			document.querySelector<HTMLButtonElement>('section[aria-labelledby="export-commit-heading"] .actions button')?.click();
		});
		await expect(page.getByRole('region', { name: 'Commit' }).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await clipboardText(page)).toContain('- Dependencies: None added');
	});

	test('commit fields typed and copied at once are in the copied commit message', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'acme/widgets#502');
		const panel = page.getByRole('region', { name: 'Commit' });
		await panel.getByLabel('Type', { exact: true }).selectOption('fix');
		await type(panel.getByLabel('Description', { exact: true }), 'retry cache writes');
		await panel.getByRole('button', { name: 'Copy Commit message' }).click();
		await expect(panel.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect((await clipboardText(page)).split('\n')[0]).toBe('fix: retry cache writes');
	});

	test('a note typed and copied at once is in the copied PR Self-QA block, and stays saved', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'acme/widgets#503');
		const row = itemRow(page, 'Feature manually tested');
		await page.getByRole('checkbox', { name: 'Feature manually tested', exact: true }).check();
		await row.getByRole('button', { name: /note/i }).first().click();
		await type(row.getByLabel('Note'), 'Tried it on staging');
		await page.getByRole('button', { name: 'Copy PR Self-QA block' }).click();
		await expect(page.getByRole('region', { name: 'PR Self-QA block' }).getByRole('status')).toHaveText('Copied');
		const copied = await clipboardText(page);
		expect(copied).toContain('- [x] Feature manually tested\n  > Tried it on staging');
		// What was copied is what is stored: the block shows it, and a reload too.
		await expect(page.getByRole('textbox', { name: 'PR Self-QA block' })).toHaveValue(copied);
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'PR Self-QA block' })).toHaveValue(/> Tried it on staging/);
	});

	test('an N/A reason typed and downloaded at once is in the downloaded PR Self-QA block', async ({ page }) => {
		await startReview(page, 'acme/widgets#504');
		const row = itemRow(page, 'Benchmarks added (if applicable)');
		await row.getByRole('button', { name: 'N/A', exact: true }).click();
		await type(row.getByLabel('Reason for N/A'), 'No hot path touched');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /^Download \.md \(PR Self-QA block\)/ }).click();
		const text = await readFile(await (await download).path(), 'utf8');
		expect(text).toMatch(/- \[x\] ~~Benchmarks added \(if applicable\)~~ — \*\*N\/A:\*\* No hot path touched/);
	});

	test('a note typed and shared at once is in the shared text', async ({ page }) => {
		// Chromium here has no share sheet: a stand-in records what would be shared.
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				configurable: true,
				value: (data: ShareData) => {
					(window as unknown as { shared: ShareData[] }).shared = [...((window as unknown as { shared?: ShareData[] }).shared ?? []), data];
					return Promise.resolve();
				}
			});
		});
		await startReview(page, 'acme/widgets#507');
		const row = itemRow(page, 'Type hints added');
		await row.getByRole('button', { name: /note/i }).first().click();
		await type(row.getByLabel('Note'), 'Checked with mypy --strict');
		await page.getByRole('button', { name: 'Share… PR Self-QA block' }).click();
		await expect(page.getByRole('region', { name: 'PR Self-QA block' }).getByRole('status')).toHaveText('Shared');
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toHaveLength(1);
		expect(shared[0]?.text).toContain('- [ ] Type hints added\n  > Checked with mypy --strict');
	});

	test('a reviewer note typed and copied at once is in the copied review summary', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'acme/widgets#505', 'Reviewer');
		const row = itemRow(page, /^Timeout configured\?/);
		await row.getByRole('button', { name: 'Fail' }).click();
		await type(row.getByRole('textbox'), 'No timeout on the HTTP client');
		await page.getByRole('button', { name: 'Copy Review summary' }).click();
		await expect(page.getByRole('region', { name: 'Review summary' }).getByRole('status')).toHaveText('Copied');
		expect(await clipboardText(page)).toMatch(/- Timeout configured\?[^\n]*\n {2}> No timeout on the HTTP client/);
	});
});
