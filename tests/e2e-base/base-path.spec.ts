import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from '../e2e/helpers';
import { itemRow, waitSaved } from '../e2e/review-helpers';

// The build under test was made with BASE_PATH=/shipshape (playwright.base.config.ts).
const B = '/shipshape';

/** Every request the page makes stays under the base path: a stray "/x" would 404 on GitHub Pages. */
function trackRequests(page: Page): string[] {
	const outside: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === new URL(page.url() || r.url()).origin && !url.pathname.startsWith(`${B}/`)) outside.push(url.pathname);
	});
	return outside;
}

test('pages, links, search and the manifest work under the base path', async ({ page }) => {
	const outside = trackRequests(page);
	await page.goto(`${B}/`);
	await expect(page.getByRole('link', { name: 'Start as author' })).toHaveAttribute('href', `${B}/review/new?role=author`);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Standards' }).click();
	await expect(page).toHaveURL(`${B}/standards`);
	await expect(nav.getByRole('link', { name: 'Standards' })).toHaveAttribute('aria-current', 'page');
	await page.getByLabel('Search the standards').fill('idempotent');
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${B}/standards/`));
	await page.getByRole('list', { name: 'Standards' }).getByRole('link', { name: 'Production Reliability Checklist' }).click();
	await expect(page).toHaveURL(`${B}/standards/production-reliability-checklist`);
	await expect(page.getByRole('heading', { level: 1, name: 'Production Reliability Checklist' })).toBeVisible();
	await page.getByRole('link', { name: 'Shipshape' }).first().click();
	await expect(page).toHaveURL(`${B}/`);

	const manifest = await page.evaluate(async () => {
		const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
		return link ? { href: new URL(link.href).pathname, json: await (await fetch(link.href)).json() } : null;
	});
	expect(manifest?.href).toBe(`${B}/manifest.webmanifest`);
	expect(manifest?.json).toMatchObject({ start_url: `${B}/`, scope: `${B}/` });
	expect(outside).toEqual([]);
});

test('a review and its deep link work under the base path, offline too', async ({ page, context }) => {
	const outside = trackRequests(page);
	await page.goto(`${B}/review/new?role=reviewer`);
	await page.getByLabel('Pull request').fill('acme/pages#3');
	await page.getByLabel('Title (optional)').fill('Pages review');
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page).toHaveURL(new RegExp(`^http://[^/]+${B}/review/[0-9a-f-]{36}$`));
	const deepLink = page.url();
	await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
	await waitSaved(page);
	await itemRow(page, /^Idempotent\?/).getByRole('button', { name: 'Details' }).click();
	await expect(itemRow(page, /^Idempotent\?/).getByRole('link', { name: 'Read it in the standard' })).toHaveAttribute('href', new RegExp(`^${B}/standards/production-reliability-checklist#`));

	await expect(page.getByText('Ready to work offline.')).toBeVisible();
	await waitForServiceWorker(page);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe(`${B}/`);

	await context.setOffline(true);
	await page.goto(`${B}/`);
	await expect(page.getByRole('list', { name: 'Reviews' })).toContainText('Pages review');
	await page.getByRole('list', { name: 'Reviews' }).getByRole('link', { name: /Pages review/ }).click();
	await expect(page).toHaveURL(deepLink);
	await page.goto(deepLink);
	await expect(page.getByRole('heading', { level: 1, name: 'Pages review' })).toBeVisible();
	await expect(itemRow(page, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
	await page.goto(`${B}/standards/production-code-checklist`);
	await expect(page.getByRole('heading', { level: 1, name: 'Python SDK Production Code Checklist' })).toBeVisible();
	await context.setOffline(false);
	expect(outside).toEqual([]);
});
