import { expect, test, type Page } from '@playwright/test';
import { itemRow, showExports, startReview, waitSaved } from './review-helpers';

const FAILURE = 'Failure mode analysis (graceful degradation)';
const ITEM_BOXES = 'li[data-item-id] input[type=checkbox]';

/** The focused item's row top and the sticky review header's bottom, in viewport pixels. */
async function focusedBelowHeader(page: Page): Promise<{ top: number; bottom: number; headerBottom: number; viewport: number }> {
	return page.evaluate(() => {
		const row = document.activeElement?.closest('li[data-item-id]');
		const header = document.querySelector('header.head');
		if (!row || !header) throw new Error('no focused item or header');
		const box = row.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom, headerBottom: header.getBoundingClientRect().bottom, viewport: window.innerHeight };
	});
}

test.describe('workbook interactions', () => {
	test('the first j focuses the first item (nothing focused, and coming from the 5-second rule)', async ({ page }) => {
		await startReview(page, 'acme/keys#1', 'Reviewer');
		const boxes = page.locator(ITEM_BOXES);
		await page.keyboard.press('j');
		await expect(boxes.nth(0)).toBeFocused();
		await page.keyboard.press('x');
		await expect(boxes.nth(0)).toBeChecked();
		await expect(boxes.nth(1)).not.toBeChecked();

		await startReview(page, 'acme/keys#2', 'Author');
		await page.getByRole('region', { name: 'The 5-second rule' }).getByRole('button', { name: 'Yes' }).first().click();
		await page.keyboard.press('j');
		await expect(page.locator(ITEM_BOXES).nth(0)).toBeFocused();
	});

	test('one key ticks the focused item and moves to the next', async ({ page }) => {
		await startReview(page, 'acme/keys#3', 'Reviewer');
		const boxes = page.locator(ITEM_BOXES);
		await page.keyboard.press('j');
		await page.keyboard.press('Enter');
		await expect(boxes.nth(0)).toBeChecked();
		await expect(boxes.nth(1)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(boxes.nth(1)).toBeChecked();
		await expect(boxes.nth(2)).toBeFocused();
		await expect(boxes.nth(2)).not.toBeChecked();
	});

	test('j and k keep the focused item in full view below the sticky header', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await startReview(page, 'acme/keys#4', 'Reviewer');
		await page.keyboard.press('j');
		// The first checklist's title is not under the header either.
		const title = await page.evaluate(() => {
			const h3 = document.querySelector('.checklist h3');
			return [h3?.getBoundingClientRect().top ?? -1, document.querySelector('header.head')?.getBoundingClientRect().bottom ?? 0];
		});
		expect(title[0]).toBeGreaterThanOrEqual(title[1]! - 1);
		for (let i = 0; i < 12; i++) await page.keyboard.press('j');
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('k');
			const at = await focusedBelowHeader(page);
			expect(at.top, `k #${i + 1}: item top ${at.top} under header bottom ${at.headerBottom}`).toBeGreaterThanOrEqual(at.headerBottom - 1);
			expect(at.bottom).toBeLessThanOrEqual(at.viewport + 1);
		}
		await page.screenshot({ path: 'test-results/workbook-wide.png' });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.keyboard.press('k');
		await page.screenshot({ path: 'test-results/workbook-narrow.png' });
	});

	test('N/A keeps the note; Undo N/A returns the item to its state before', async ({ page }) => {
		await startReview(page, 'acme/na#1', 'Reviewer');
		const retry = itemRow(page, /^Retry logic\?/);
		await retry.getByRole('checkbox').check();
		await retry.getByRole('button', { name: 'Note' }).click();
		await page.getByLabel('Note', { exact: true }).fill('checked in staging');
		await page.getByRole('button', { name: 'Save note' }).click();
		await retry.getByRole('button', { name: 'N/A', exact: true }).click();
		await expect(page.getByLabel('Reason for N/A')).toHaveValue('');
		await page.getByLabel('Reason for N/A').fill('No retries in this change');
		await page.getByRole('button', { name: 'Mark N/A' }).click();
		await expect(retry.getByText('Reason: No retries in this change')).toBeVisible();
		await expect(retry.getByText('Note: checked in staging')).toBeVisible();
		await retry.getByRole('button', { name: 'Undo N/A' }).click();
		await expect(retry.getByRole('checkbox')).toBeChecked();
		await expect(retry.getByText('Note: checked in staging')).toBeVisible();
		await expect(retry.getByText(/^Reason:/)).toHaveCount(0);
		await waitSaved(page);
		await page.reload();
		await expect(retry.getByRole('checkbox')).toBeChecked();
		await expect(retry.getByText('Note: checked in staging')).toBeVisible();
	});

	test('the 5-second rule’s N/A makes the check N/A with the rule as reason, everywhere', async ({ page }) => {
		await startReview(page, 'acme/five#1', 'Author');
		await page.getByRole('region', { name: 'The 5-second rule' }).getByRole('group', { name: /How does this fail\?/ }).getByRole('button', { name: 'No' }).click();
		const row = itemRow(page, FAILURE);
		await expect(row.getByText(/^Reason: 5-second rule/)).toBeVisible();
		await expect(row.getByRole('button', { name: 'Undo N/A' })).toBeVisible();
		await expect(page.getByLabel('Failure Modes:')).toHaveValue('');
		await showExports(page);
		await expect(page.getByLabel('Commit message', { exact: true })).toHaveValue(/Failure Modes: N\/A \(5-second rule/);
	});

	test('one meaning per word: no "N/A" answer chip; typing an answer ticks like a chip does', async ({ page }) => {
		await startReview(page, 'acme/chips#1', 'Author');
		const row = itemRow(page, FAILURE);
		await expect(row.getByRole('button', { name: 'N/A', exact: true })).toHaveCount(1);
		await page.getByLabel('Failure Modes:').fill('Falls back to the cache');
		// Still typing (focus in the field): the answer is stored and ticks the item.
		await expect(page.getByLabel('Failure Modes:')).toBeFocused();
		await expect(row.getByRole('checkbox')).toBeChecked();
		await waitSaved(page);
		await page.reload();
		await expect(page.getByLabel('Failure Modes:')).toHaveValue('Falls back to the cache');
	});

	test('"Blocking" shows once a P0 fails or when the review is about to be exported, not before', async ({ page }) => {
		await startReview(page, 'acme/block#1', 'Reviewer');
		await expect(page.locator('li[data-item-id]').first()).toBeVisible();
		await expect(page.getByText('Blocking', { exact: true })).toHaveCount(0);
		const timeout = itemRow(page, /^Timeout configured\?/);
		await timeout.getByRole('button', { name: 'Fail' }).click();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(timeout.getByText('Blocking', { exact: true })).toHaveCount(1);
		await expect(itemRow(page, /^Idempotent\?/).getByText('Blocking', { exact: true })).toHaveCount(0);
		// A failed item is not finished, and "Open only" keeps it.
		const list = page.locator('.checklist', { has: timeout });
		await expect(list.locator('h3 .count')).toHaveText(/^0\/\d+$/);
		await page.getByRole('button', { name: /Open only/ }).click();
		await expect(timeout).toBeVisible();
		await page.getByRole('button', { name: /Open only/ }).click();
		await showExports(page);
		await expect(itemRow(page, /^Idempotent\?/).getByText('Blocking', { exact: true })).toHaveCount(1);
	});

	test('Details shows no unticked copy of the standard’s boxes', async ({ page }) => {
		await startReview(page, 'acme/details#1', 'Author');
		const row = itemRow(page, FAILURE);
		await row.getByRole('checkbox').check();
		await row.getByRole('button', { name: 'Details' }).click();
		await expect(row.getByRole('link', { name: 'Read it in the standard' })).toBeVisible();
		await expect(row.locator('.detail input[type=checkbox]:not(:checked)')).toHaveCount(0);
	});

	test('without a title the PR reference shows once in the header', async ({ page }) => {
		await startReview(page, 'acme/once#5', 'Reviewer');
		await expect(page.locator('header.head').getByText('acme/once#5')).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1, name: 'acme/once#5' })).toBeVisible();
	});

	test('a completed review that gets an item unticked no longer says Complete', async ({ page }) => {
		await startReview(page, 'acme/done#1', 'Author');
		for (const box of await page.locator(ITEM_BOXES).all()) await box.check();
		await page.getByRole('button', { name: 'Mark review complete' }).click();
		await expect(page.locator('header.head').getByText('Complete', { exact: true })).toBeVisible();
		await page.locator(ITEM_BOXES).first().uncheck();
		await expect(page.locator('header.head').getByText('Complete', { exact: true })).toHaveCount(0);
		await waitSaved(page);
		await page.reload();
		await expect(page.locator(ITEM_BOXES).first()).not.toBeChecked();
		await expect(page.locator('header.head').getByText('Complete', { exact: true })).toHaveCount(0);
	});
});

test.describe('editing a review', () => {
	test('rename, relink and add a checklist after the review was made; a PR that has a review is refused clearly', async ({ page }) => {
		await startReview(page, 'acme/edit#1', 'Reviewer');
		await itemRow(page, /^Timeout configured\?/).getByRole('checkbox').check();
		await page.getByRole('button', { name: 'Edit review' }).click();
		await page.getByLabel('Title (optional)').fill('Renamed review');
		await page.getByLabel('Pull request').fill('https://github.com/acme/edit/pull/2');
		await page.locator('#edit-review summary', { hasText: 'Implementation' }).click();
		await page.getByRole('checkbox', { name: /^Pre-Commit Checklist/ }).check();
		await page.screenshot({ path: 'test-results/edit-review-wide.png' });
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Renamed review' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'acme/edit#2' })).toBeVisible();
		await expect(page.getByRole('list', { name: 'Pre-Commit Checklist' })).toBeVisible();
		// The answers stay.
		await expect(itemRow(page, /^Timeout configured\?/).getByRole('checkbox')).toBeChecked();
		await waitSaved(page);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Renamed review' })).toBeVisible();

		await startReview(page, 'acme/edit#3', 'Reviewer');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.getByRole('button', { name: 'Edit review' }).click();
		await page.getByLabel('Pull request').fill('acme/edit#2');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('alert')).toContainText('You already have a reviewer review of acme/edit#2');
		await page.screenshot({ path: 'test-results/edit-review-narrow.png' });
		await expect(page.getByRole('heading', { level: 1, name: 'acme/edit#3' })).toBeVisible();
	});
});
