import { expect, type Page } from '@playwright/test';

/** The page's scripts run: a click on the prerendered page before this is lost (as a user's would be). */
export async function waitForHydration(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Starts a review through the form and waits for the workbook. */
export async function startReview(page: Page, pr: string, role: 'Author' | 'Reviewer' = 'Author', title = ''): Promise<string> {
	await page.goto(`/review/new?role=${role.toLowerCase()}`);
	await waitForHydration(page);
	await page.getByLabel('Pull request').fill(pr);
	if (title) await page.getByLabel('Title (optional)').fill(title);
	await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	return page.url();
}

/** The list item of a checklist item, found by its checkbox's name. */
export function itemRow(page: Page, name: string | RegExp) {
	return page.locator('li[data-item-id]', { has: page.getByRole('checkbox', { name, exact: typeof name === 'string' }) });
}

export async function waitSaved(page: Page): Promise<void> {
	await expect(page.getByText('✓ All changes saved')).toBeVisible();
}

/**
 * Scrolls to the end of the review, as a user does to export, and waits for
 * the export panel: it loads as it nears the viewport, not with the page.
 */
export async function showExports(page: Page): Promise<void> {
	const heading = page.getByRole('heading', { level: 2, name: 'Export' });
	// Scrolled again until it shows: a scroll made before the items painted ends above them.
	await expect(async () => {
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(heading).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 15_000 });
}
