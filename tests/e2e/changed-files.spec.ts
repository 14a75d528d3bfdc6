import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { waitForHydration } from './review-helpers';

test('pasted changed files suggest tiers with the reason, and the review starts with them on', async ({ page }) => {
	await page.goto('/review/new?role=author');
	await waitForHydration(page);
	await page.getByLabel('Pull request').fill('acme/api#77');
	await page.getByLabel('Changed files (optional)').fill('README.md\ndb/migrations/0042.py\ndb/migrations/0043.py\n');
	const status = page.locator('.suggestions');
	await expect(status).toContainText('Tier 2: db/migrations/0042.py matches **/migrations/** (and 1 more)');
	await expect(status).not.toContainText('Tier 3');
	await expectNoAxeViolations(page);
	if (process.env.SHIPSHAPE_SCREENSHOTS) {
		for (const [w, h] of [[390, 844], [1280, 800]] as const) {
			await page.setViewportSize({ width: w, height: h });
			await page.getByLabel('Changed files (optional)').scrollIntoViewIfNeeded();
			await page.screenshot({ path: `test-results/changed-files-${w}.png` });
		}
	}

	await page.getByLabel('Changed files (optional)').fill('docs/index.md');
	await expect(status).toContainText('1 file: no tier beyond Tier 1 is needed for them.');
	await page.getByLabel('Changed files (optional)').fill('src/db/pool.py');
	await expect(status).toContainText('Tier 2: src/db/pool.py matches **/db/**');

	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
	await expect(page.getByRole('heading', { name: /Tier 2$/ })).toBeVisible();
	await expect(page.getByLabel('Tier 2:')).toHaveValue('on');
	await expect(page.getByLabel('Tier 3:')).toHaveValue('auto');
	await expect(page.getByRole('checkbox', { name: /^Datastore concurrency/ })).toBeVisible();
});
