import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('reading: search and contents', () => {
	test('“circuit-breaker” finds “circuit breaker”; Enter and arrows walk the results; the words are marked where you land', async ({ page }) => {
		await page.goto('/standards');
		const box = page.getByLabel('Search the standards');
		await box.fill('circuit-breaker');
		const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
		await expect(results.first()).toBeVisible();
		await expect(results.filter({ hasText: 'External Dependencies' })).toHaveCount(1);
		await expect(results.first().locator('mark').first()).toHaveText(/circuit|breaker/i);

		await box.press('Enter');
		await expect(results.first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(results.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(box).toBeFocused();
		await box.press('ArrowDown');
		await expect(results.first()).toBeFocused();

		await results.filter({ hasText: 'External Dependencies' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/production-reliability-checklist\?hl=[^#]+#1-external-dependencies$/);
		const section = page.locator('section', { has: page.locator('[id="1-external-dependencies"]') });
		await expect(section.locator('mark.search-hit').first()).toBeVisible();
		expect((await section.locator('mark.search-hit').allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['circuit', 'breaker']));
		// Only the landed section is marked.
		await expect(page.locator('section:not(:has([id="1-external-dependencies"])) mark.search-hit')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a typo or the start of a word still finds it', async ({ page }) => {
		await page.goto('/standards');
		const box = page.getByLabel('Search the standards');
		const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
		await box.fill('idempotnet');
		await expect(results.first()).toBeVisible();
		await expect(results.first().locator('mark').first()).toHaveText(/idempotent/i);
		await box.fill('idempot');
		await expect(results.first()).toBeVisible();
	});

	test('the contents mark the section being read and keep it in view', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/standards/production-code-checklist');
		const toc = page.getByRole('navigation', { name: 'Table of contents' });
		await expect(toc.locator('[aria-current="location"]')).toHaveCount(0);
		await page.locator('#validation-checklist').scrollIntoViewIfNeeded();
		await page.evaluate(() => document.getElementById('validation-checklist')!.scrollIntoView({ block: 'start' }));
		const current = toc.locator('a[aria-current="location"]');
		await expect(current).toHaveText(/Validation Checklist/);
		await expect(current).toBeInViewport();
		// Back at the top, the first sections are current again.
		await page.evaluate(() => document.getElementById('tldr---production-code-quick-reference')!.scrollIntoView({ block: 'start' }));
		await expect(current).toHaveText(/TL;DR/);
		await expect(current).toBeInViewport();
	});
});
