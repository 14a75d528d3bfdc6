import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './helpers';
import { itemRow, startReview, waitSaved, waitForHydration } from './review-helpers';

// Service workers are tested in Chromium only (DESIGN.md, "Playwright and the service worker").
test.describe('offline', () => {
	test('after one visit every route, a standard and a session deep link work offline', async ({ page, context }) => {
		const url = await startReview(page, 'acme/offline#1', 'Reviewer', 'Offline review');
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		await waitSaved(page);
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
		await waitForHydration(page);
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

	test('"Ready to work offline" is said once, goes by itself and stays on its page', async ({ page, browser }) => {
		await page.goto('/');
		const note = page.getByText('Ready to work offline.');
		await expect(note).toBeVisible();
		// It leaves with the page it appeared on...
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Standards' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
		await expect(note).toHaveCount(0);
		await waitForServiceWorker(page);

		// ...and a reinstalled worker (a new install on a device that was told before) does not say it again.
		// A fresh context has no worker but keeps this one's storage: unregistering in place is not
		// deterministic (the old worker lives on while a page it controls is open, and may be reused).
		const storageState = await page.context().storageState();
		const fresh = await browser.newContext({ storageState, baseURL: test.info().project.use.baseURL });
		const next = await fresh.newPage();
		await next.goto('/');
		// The worker registers once the page is idle and precaches every page before it is ready: slow on a busy machine.
		await expect(next.locator('[data-offline-note="said-before"]')).toBeAttached({ timeout: 30_000 });
		await expect(next.getByText('Ready to work offline.')).toHaveCount(0);
		await fresh.close();
	});

	test('"Ready to work offline" goes by itself without a click', async ({ page }) => {
		await page.goto('/standards');
		const note = page.getByText('Ready to work offline.');
		await expect(note).toBeVisible();
		await expect(note).toHaveCount(0, { timeout: 15_000 });
	});
});
