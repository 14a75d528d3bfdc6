/**
 * A review's progress in the home list is the workbook's (the item model's
 * counts), after ticking and coming back, and after searches that take the
 * row away and bring it back (the list remembers counts between renders:
 * they must never be stale).
 */
import { expect, test, type Page } from '@playwright/test';
import { itemRow, startReview, waitSaved } from './review-helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Reviews' }).getByRole('listitem');
const title = (page: Page, ref: string) => page.getByRole('link', { name: new RegExp(`^${ref}\\b`) });
const row = (page: Page, ref: string) => rows(page).filter({ has: title(page, ref) });
const bar = (page: Page, ref: string) => page.getByRole('progressbar', { name: `Progress of the reviewer review of ${ref}` });

/** The workbook's own overall count, e.g. "1 of 9" → [1, 9]. */
async function overall(page: Page): Promise<[number, number]> {
	const name = await page.getByRole('progressbar', { name: /^Overall progress:/ }).getAttribute('aria-label');
	const m = /(\d+) of (\d+)/.exec(name ?? '');
	if (!m) throw new Error(`no overall progress in "${name}"`);
	return [Number(m[1]), Number(m[2])];
}

async function backToList(page: Page) {
	await page.getByRole('link', { name: 'Reviews', exact: true }).click();
	await expect(page).toHaveURL(/\/$/);
}

test('a row shows the workbook’s progress after ticking and coming back, and after searches', async ({ page }) => {
	await startReview(page, 'acme/other#8', 'Reviewer', 'Another review');
	await startReview(page, 'acme/progress#7', 'Reviewer', 'Row progress');
	const [, total] = await overall(page);
	expect(total).toBeGreaterThan(2);

	await backToList(page);
	await expect(row(page, 'acme/progress#7')).toContainText(`0/${total}`);

	await title(page, 'acme/progress#7').click();
	await itemRow(page, /^Timeout configured\?/).getByRole('button', { name: 'Fail' }).click();
	await itemRow(page, /^Retry logic\?/).getByRole('checkbox').check();
	await waitSaved(page);
	expect(await overall(page)).toEqual([1, total]);

	// Client-side navigation: the list's remembered counts must follow the ticks.
	await backToList(page);
	await expect(row(page, 'acme/progress#7')).toContainText(`1/${total} · 1 failed`);
	await expect(bar(page, 'acme/progress#7')).toHaveAttribute('value', '1');
	await expect(row(page, 'acme/other#8')).toContainText(`0/${total}`);

	// Another change while the counts are remembered: untick, then come back.
	await title(page, 'acme/progress#7').click();
	await itemRow(page, /^Retry logic\?/).getByRole('checkbox').uncheck();
	await itemRow(page, /^Timeout configured\?/).getByRole('checkbox').check();
	await waitSaved(page);
	expect(await overall(page)).toEqual([1, total]);
	await backToList(page);
	await expect(row(page, 'acme/progress#7')).toContainText(`1/${total}`);
	await expect(row(page, 'acme/progress#7')).not.toContainText('failed');

	// Search: the row alone, then gone, then back, with the same progress.
	const search = page.getByLabel('Search reviews');
	await search.fill('progress');
	await expect(rows(page)).toHaveCount(1);
	await expect(row(page, 'acme/progress#7')).toContainText(`1/${total}`);
	await search.fill('nothing-matches-this');
	await expect(page.getByText('No review matches.')).toBeVisible();
	await search.fill('');
	await expect(rows(page)).toHaveCount(2);
	await expect(row(page, 'acme/progress#7')).toContainText(`1/${total}`);
	await expect(bar(page, 'acme/progress#7')).toHaveAttribute('value', '1');
	await expect(row(page, 'acme/other#8')).toContainText(`0/${total}`);

	// A full load counts from scratch: the same figures.
	await page.reload();
	await expect(row(page, 'acme/progress#7')).toContainText(`1/${total}`);
});
