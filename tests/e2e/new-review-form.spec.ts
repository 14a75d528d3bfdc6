import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { waitForHydration } from './review-helpers';

test.describe('new review: checklists and pull request', () => {
	test('each checklist choice names its section, grouped by standard and tier', async ({ page }) => {
		await page.goto('/review/new?role=author');
		await waitForHydration(page);
		const standard = page.locator('details').filter({ has: page.getByText('Python SDK Production Code Checklist', { exact: true }) });
		await expect(standard).toHaveAttribute('open', '');
		// Five "Questions" lists, told apart by their sections.
		const questions = standard.getByRole('checkbox', { name: /^Questions in / });
		await expect(questions).toHaveCount(5);
		const names = await questions.evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()));
		expect(new Set(names).size).toBe(5);
		await expect(standard.getByRole('checkbox', { name: 'Questions in 6. Datastore Concurrency (Mandatory) · 4 items' })).toBeVisible();
		// Grouped by tier, in tier order.
		const groups = standard.getByRole('group');
		await expect(groups).toHaveCount(4);
		expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent))).toEqual([
			'Tier 1',
			'Tier 2',
			'Tier 3',
			'Not in a tier'
		]);
		await expect(page.getByRole('group', { name: 'Tier 2' }).first().getByRole('checkbox', { name: /^Questions in 8\. Async\/Threading/ })).toBeVisible();
		// The item count is not in the tier groups' names any more, and a lone item is "1 item".
		await expect(page.getByText(/· Tier \d/)).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a repository without a number is told the number is missing', async ({ page }) => {
		await page.goto('/review/new?role=author');
		await waitForHydration(page);
		await page.getByLabel('Pull request').fill('acme/shop');
		await page.getByRole('button', { name: 'Start review' }).click();
		await expect(page.getByRole('alert')).toHaveText(/^The pull request number is missing: .*acme\/shop#123/);
		await expect(page.getByLabel('Pull request')).toBeFocused();
	});

	test('a GitHub Enterprise pull request starts a review that links back to its server', async ({ page }) => {
		await page.goto('/review/new?role=author');
		await waitForHydration(page);
		await page.getByLabel('Pull request').fill('https://github.acme.io/team/api/pull/12/files');
		await page.getByRole('button', { name: 'Start review' }).click();
		await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
		await expect(page.locator('a[href="https://github.acme.io/team/api/pull/12"]').first()).toBeVisible();
	});
});
