/**
 * A custom standard is parsed once, when it is added, and stored parsed:
 * review pages and its reading page use the stored result and never load
 * the markdown parser (marked). A backup carries markdown only: HTML forged
 * into one is never shown. Speed figures: `node bench/custom-timing.mjs`.
 */
import { expect, test, type Page } from '@playwright/test';
import { largeStandard } from '../../bench/lib/large-standard.mjs';
import { startReview } from './data-flows';

declare global {
	interface Window {
		__xss?: unknown;
	}
}

/** marked's own error text: present in the parser's chunk and nowhere else. */
const PARSER_MARK = 'input parameter is undefined or null';

/** Runs `action` and returns the scripts it loaded that hold the markdown parser. */
async function parserScriptsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
	const found: string[] = [];
	const pending: Promise<void>[] = [];
	const listener = (response: import('@playwright/test').Response) => {
		if (!response.url().endsWith('.js')) return;
		pending.push(response.text().then((body) => void (body.includes(PARSER_MARK) && found.push(response.url())), () => undefined));
	};
	page.on('response', listener);
	await action();
	page.off('response', listener);
	await Promise.all(pending);
	return found;
}

/** The stored row's parsed result, read straight from IndexedDB. */
async function storedParse(page: Page, slug: string): Promise<{ parser?: number; lists?: number; error?: string } | undefined> {
	return page.evaluate(
		(key) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('shipshape');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('customStandards').objectStore('customStandards').get(key);
					get.onsuccess = () => {
						const parsed = get.result?.parsed;
						open.result.close();
						resolve(parsed && { parser: parsed.parser, lists: parsed.summary?.checklists.length, error: parsed.error });
					};
				};
			}),
		slug
	);
}

test('a large custom standard is parsed when added; reviews with and without it and its page open without parsing it again', async ({ page }) => {
	test.setTimeout(120_000);
	// Uploaded: typing 150 KB into the field through Playwright takes minutes.
	await page.goto('/standards');
	await page.getByText('Add a standard').click();
	await page.getByLabel('Title (optional if the markdown starts with a heading)').fill('Large');
	await page.getByLabel('Upload a .md file').setInputFiles({ name: 'large.md', mimeType: 'text/markdown', buffer: Buffer.from(largeStandard()) });
	await expect(page.getByLabel('Markdown', { exact: true })).toHaveValue(/^# Large team standard/);
	await page.getByRole('button', { name: 'Add standard' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added Large' })).toBeVisible();
	expect(await storedParse(page, 'custom-large')).toEqual({ parser: 1, lists: 50, error: undefined });

	const without = await startReview(page, 'acme/large#1');
	const withIt = await startReview(page, 'acme/large#2', { checklists: ['Area 1 · 39 items'] });

	expect(
		await parserScriptsDuring(page, async () => {
			await page.goto(without);
			await expect(page.getByRole('checkbox').first()).toBeVisible();
			await expect(page.getByRole('checkbox', { name: /^Area 1 check/ })).toHaveCount(0);
		})
	).toEqual([]);

	expect(
		await parserScriptsDuring(page, async () => {
			await page.goto(withIt);
			await expect(page.getByRole('checkbox', { name: 'Area 1 check 39 keeps rule c39 Ctrl' })).toBeVisible();
			await expect(page.getByRole('checkbox', { name: /^Area 1 check/ })).toHaveCount(39);
		})
	).toEqual([]);

	expect(
		await parserScriptsDuring(page, async () => {
			await page.goto('/standards/custom/custom-large');
			await expect(page.getByRole('heading', { name: 'Area 50' })).toBeVisible();
		})
	).toEqual([]);
});

test('a backup with forged HTML for a standard: restored from its markdown, the forged HTML is never shown', async ({ page }) => {
	const T = '2026-01-01T12:00:00.000Z';
	const forged = { parser: 1, html: '<p>FORGED</p><img src="x" onerror="window.__xss = 1">', search: [], summary: { slug: 'custom-ours' } };
	const standard = { slug: 'custom-ours', title: 'Ours', markdown: '# Ours\n\n## Release\n\n- [ ] Changelog updated\n', createdAt: T, updatedAt: T, parsed: forged };
	const backup = { type: 'shipshape-backup', version: 1, exportedAt: T, sessions: [], answers: [], customStandards: [standard], reading: [] };
	await page.goto('/settings');
	await page.getByLabel('Restore from a file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
	await expect(page.getByRole('status').filter({ hasText: /^Restored/ })).toBeVisible();
	// The restore parsed the markdown itself.
	expect(await storedParse(page, 'custom-ours')).toEqual({ parser: 1, lists: 1, error: undefined });
	await page.goto('/standards/custom/custom-ours');
	await expect(page.getByText('Changelog updated')).toBeVisible();
	await expect(page.getByText('FORGED')).toHaveCount(0);
	expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
