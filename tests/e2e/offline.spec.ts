import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './helpers';
import { itemRow, startReview, waitSaved } from './review-helpers';

// Service workers are tested in Chromium only (DESIGN.md, "Playwright and the service worker").
test.describe('offline', () => {
	test('after one visit every route, a standard and a session deep link work offline', async ({ page, context }) => {
		const url = await startReview(page, 'acme/offline#1', 'Reviewer', 'Offline review');
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		await waitSaved(page);
		await expect(page.getByText('Ready to work offline.')).toBeVisible();
		await waitForServiceWorker(page);

		await context.setOffline(true);

		// Full page loads, served by the service worker.
		await page.goto('/');
		await expect(page.getByRole('list', { name: 'Reviews' })).toContainText('Offline review');
		await page.goto('/standards');
		await expect(page.getByRole('list', { name: 'Standards' }).getByRole('listitem')).toHaveCount(5);
		await page.goto('/standards/production-code-checklist#commit-message-requirements');
		await expect(page.getByRole('heading', { name: 'Commit Message Requirements' })).toBeVisible();
		await page.goto('/review/new?role=author');
		await expect(page.getByLabel('Pull request')).toBeVisible();
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1, name: 'Offline review' })).toBeVisible();
		await expect(itemRow(page, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();

		// Working offline: a tick is saved, the item details and search still load.
		await itemRow(page, /^Atomic\?/).getByRole('checkbox').check();
		await waitSaved(page);
		await itemRow(page, /^Atomic\?/).getByRole('button', { name: 'Details' }).click();
		await expect(itemRow(page, /^Atomic\?/).getByText('Read it in the standard')).toBeVisible();

		// Client-side navigation (fetches prerendered __data.json).
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Standards' }).click();
		await page.getByLabel('Search the standards').fill('idempotent');
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
		await page.getByRole('list', { name: 'Standards' }).getByRole('link', { name: 'Production Reliability Checklist' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Production Reliability Checklist' })).toBeVisible();

		await context.setOffline(false);
	});

	test('"Ready to work offline" is said once', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByText('Ready to work offline.')).toBeVisible();
		await page.getByRole('button', { name: 'OK' }).click();
		await waitForServiceWorker(page);
		await page.reload();
		await page.waitForTimeout(1000);
		await expect(page.getByText('Ready to work offline.')).toHaveCount(0);
	});
});
