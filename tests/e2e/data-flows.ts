/** Steps the data-safety, hostile-input and CSP/network specs share. */
import { expect, type Page } from '@playwright/test';

/** Start a review through the form; returns the session page's URL. */
export async function startReview(page: Page, pr: string, options: { role?: 'author' | 'reviewer'; title?: string; checklists?: string[] } = {}): Promise<string> {
	await page.goto(`/review/new?role=${options.role ?? 'reviewer'}`);
	await page.getByLabel('Pull request').fill(pr);
	if (options.title) await page.getByLabel('Title (optional)').fill(options.title);
	for (const name of options.checklists ?? []) {
		// Custom standards arrive after the page (parsed in the browser), in a closed <details>.
		const box = page.getByRole('checkbox', { name, includeHidden: true });
		await box.waitFor({ state: 'attached' });
		await box.evaluate((el) => {
			const details = el.closest('details');
			if (details) details.open = true;
		});
		await box.check();
	}
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
	await expect(page.getByRole('checkbox').first()).toBeVisible();
	return page.url();
}

export async function addCustomStandard(page: Page, title: string, markdown: string): Promise<void> {
	await page.goto('/standards');
	await page.getByText('Add a standard').click();
	await page.getByLabel('Title (optional if the markdown starts with a heading)').fill(title);
	await page.getByLabel('Markdown', { exact: true }).fill(markdown);
	await page.getByRole('button', { name: 'Add standard' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Added ${title}` })).toBeVisible();
}

export async function deleteAllData(page: Page): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Type DELETE to confirm').fill('DELETE');
	await page.getByRole('button', { name: 'Delete all data' }).click();
	await expect(page.getByText('All data was deleted from this browser.')).toBeVisible();
}

/** What the sessions list shows, row by row. */
export async function sessionsListText(page: Page): Promise<string[]> {
	await page.goto('/');
	const list = page.getByRole('list', { name: 'Reviews' });
	await expect(list).toBeVisible();
	// Rows paint before their progress is counted; compare the counted rows.
	await expect(list.locator('.counting')).toHaveCount(0);
	const texts = await list.getByRole('listitem').allInnerTexts();
	// "Changed just now" turns into "1 minute ago" when a slow machine takes a minute between two reads.
	return texts.map((text) => text.replace(/Changed (just now|\d+ minutes? ago)/, 'Changed …'));
}
