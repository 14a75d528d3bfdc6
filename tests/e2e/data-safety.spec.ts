import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { deleteAllData, sessionsListText, startReview } from './data-flows';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

async function downloadBackup(page: Page): Promise<FilePayload> {
	await page.goto('/settings');
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const download = await pending;
	expect(download.suggestedFilename()).toMatch(/^shipshape-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const path = await download.path();
	return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(path) };
}

async function restore(page: Page, file: FilePayload): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Restore from a file').setInputFiles(file);
}

/** Two reviews, one with a failed item and a note, one ticked. */
async function makeReviews(page: Page): Promise<string[]> {
	const first = await startReview(page, 'acme/api#12', { title: 'Retry the client' });
	await page.getByRole('checkbox').first().check();
	// Leave only once the write landed: navigating away can abort a pending IndexedDB transaction.
	await expect(page.getByText('✓ All changes saved')).toBeVisible();
	const second = await startReview(page, 'acme/web#7', { title: 'New login page' });
	await page.getByRole('checkbox').nth(1).check();
	await expect(page.getByText('✓ All changes saved')).toBeVisible();
	return [first, second];
}

test.describe('backup and restore', () => {
	test('backup → delete all data → restore gives back every review exactly; twice adds nothing', async ({ page }) => {
		const urls = await makeReviews(page);
		const listBefore = await sessionsListText(page);
		expect(listBefore).toHaveLength(2);
		await page.goto(urls[0]!);
		// evaluateAll does not wait: the workbook renders after its IndexedDB read.
		await expect(page.getByRole('checkbox').first()).toBeChecked();
		const boxesBefore = await page.getByRole('checkbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
		const backup = await downloadBackup(page);

		await deleteAllData(page);
		await page.goto('/');
		await expect(page.getByText('No reviews yet.', { exact: false })).toBeVisible();

		await restore(page, backup);
		await expect(page.getByRole('status').filter({ hasText: /^Restored 2 reviews \(2 new, 0 updated, 0 unchanged\) with \d+ answers? \(\d+ new, 0 updated, 0 unchanged\)\.$/ })).toBeVisible();
		expect(await sessionsListText(page)).toEqual(listBefore);
		await page.goto(urls[0]!);
		await expect(page.getByRole('checkbox').first()).toBeChecked();
		expect(await page.getByRole('checkbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual(boxesBefore);

		await restore(page, backup);
		await expect(page.getByRole('status').filter({ hasText: /^Restored 2 reviews \(0 new, 0 updated, 2 unchanged\) with \d+ answers? \(0 new, 0 updated, \d+ unchanged\)\.$/ })).toBeVisible();
		expect(await sessionsListText(page)).toEqual(listBefore);
	});

	test('bad files are refused with their reason, and nothing changes', async ({ page }) => {
		// Six restores, one of them a 21 MB upload through the test driver: slow on a busy machine.
		test.slow();
		await makeReviews(page);
		const listBefore = await sessionsListText(page);
		const good = JSON.parse((await downloadBackup(page)).buffer.toString('utf8')) as { sessions: { pr: { number: unknown } }[] };
		const broken = structuredClone(good);
		broken.sessions[1]!.pr.number = 'seven';
		const json = (value: unknown, name = 'backup.json'): FilePayload => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
		const cases: [FilePayload, RegExp][] = [
			[{ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ this is not json') }, /not a Shipshape backup: it is not valid JSON/],
			[json({ type: 'excalidraw', version: 2, elements: [] }), /not a Shipshape backup: it is JSON, but not the kind Shipshape writes/],
			[json({ ...good, version: 99 }), /made by a newer Shipshape .*Update the app/],
			[{ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) }, /This file is 21 MB; the limit is 20 MB/],
			[json(broken), /damaged: sessions\[1\]\.pr\.number: expected number/],
			[{ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]) }, /not UTF-8/]
		];
		for (const [file, message] of cases) {
			await restore(page, file);
			const alert = page.getByRole('alert').filter({ hasText: message });
			await expect(alert, file.name).toBeVisible();
			await expect(alert).toContainText('Nothing was changed.');
		}
		expect(await sessionsListText(page)).toEqual(listBefore);
	});

	test('settings shows storage and passes axe', async ({ page }) => {
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await expect(page.getByText('Persistent storage', { exact: true })).toBeVisible();
		await expect(page.getByTestId('usage')).toContainText(/of/);
		await expect(page.getByText(/evict/).first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
		await expectNoAxeViolations(page);
	});

	test('delete all data needs the word DELETE', async ({ page }) => {
		await page.goto('/settings');
		const button = page.getByRole('button', { name: 'Delete all data' });
		await expect(button).toBeDisabled();
		await page.getByLabel('Type DELETE to confirm').fill('delete');
		await expect(button).toBeDisabled();
	});
});
