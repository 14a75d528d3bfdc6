/** Restore: a review of the same PR from another device is merged, not deleted (issue 13); large files show progress. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startReview } from './data-flows';
import { session } from './seed-helpers';

interface BackupFile {
	sessions: { id: string; updatedAt: string; title: string }[];
	answers: { sessionId: string; itemId: string; state: string; note: string; updatedAt: string }[];
}

async function downloadBackup(page: Page): Promise<BackupFile> {
	await page.goto('/settings');
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	return JSON.parse(readFileSync(await (await pending).path(), 'utf8')) as BackupFile;
}

async function restore(page: Page, value: unknown): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Restore from a file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
}

test('the same PR reviewed on another device is merged into the local review, item by item, and the message says so', async ({ page }) => {
	const url = await startReview(page, 'acme/shop#42', { title: 'Checkout' });
	await page.getByRole('checkbox').first().check();
	await expect(page.getByText('✓ All changes saved')).toBeVisible();
	const local = await downloadBackup(page);
	const [first] = local.answers;
	// The other device: its own random id, a newer answer on another item, with a note.
	const later = new Date(Date.now() + 60_000).toISOString();
	const itemIds = await (async () => {
		await page.goto(url);
		await expect(page.getByRole('checkbox').first()).toBeChecked();
		return page.locator('li[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!));
	})();
	const otherItem = itemIds.find((id) => id !== first!.itemId)!;
	const other = {
		...local,
		sessions: [{ ...local.sessions[0]!, id: 'other-device', updatedAt: later }],
		answers: [{ sessionId: 'other-device', itemId: otherItem, state: 'fail', note: 'Breaks on Safari', answer: '', updatedAt: later }]
	};
	await restore(page, other);
	await expect(page.getByRole('status').filter({ hasText: /^Restored 1 review \(0 new, 1 updated, 0 unchanged\) with 1 answer \(1 new, 0 updated, 0 unchanged\)\. 1 review of a pull request already reviewed here was merged into it, item by item\.$/ })).toBeVisible();
	// The local review (its link) lives on, with its own tick and the other device's answer.
	await page.goto(url);
	await expect(page.getByRole('checkbox').first()).toBeChecked();
	await expect(page.locator(`li[data-item-id="${otherItem}"]`)).toContainText('Breaks on Safari');
	await page.goto('/');
	await expect(page.getByRole('list', { name: 'Reviews' }).getByRole('listitem')).toHaveCount(1);
	await page.getByLabel('Search reviews').fill('safari');
	await expect(page.getByRole('list', { name: 'Reviews' }).getByRole('listitem')).toHaveCount(1);
	// Twice: nothing changes.
	await restore(page, other);
	await expect(page.getByRole('status').filter({ hasText: /^Restored 1 review \(0 new, 0 updated, 1 unchanged\) with 1 answer \(0 new, 0 updated, 1 unchanged\)\./ })).toBeVisible();
});

test('a backup over 1 MB shows its progress, then what changed', async ({ page }) => {
	const T = '2026-01-01T12:00:00.000Z';
	const sessions = Array.from({ length: 100 }, (_, i) => session({ id: `big-${i}`, repo: 'acme/big', number: i + 1, title: `Big ${i}`, updatedAt: T }));
	const answers = sessions.flatMap((s) => Array.from({ length: 150 }, (_, n) => ({ sessionId: s.id, itemId: `item-${n}`, state: 'done', note: '', answer: '', updatedAt: T })));
	const backup = { type: 'shipshape-backup', version: 1, exportedAt: T, sessions, answers, customStandards: [], reading: [] };
	expect(JSON.stringify(backup).length).toBeGreaterThan(1024 * 1024);
	await page.goto('/settings');
	const seen = page.waitForSelector('progress[aria-label="Restore progress"]', { state: 'attached' });
	await page.getByLabel('Restore from a file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
	await seen;
	await expect(page.getByRole('status').filter({ hasText: 'Restored 100 reviews (100 new, 0 updated, 0 unchanged) with 15000 answers (15000 new, 0 updated, 0 unchanged).' })).toBeVisible();
	await expect(page.locator('progress[aria-label="Restore progress"]')).toHaveCount(0);
});
