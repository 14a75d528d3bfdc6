import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForServiceWorker } from './helpers';
import { waitForHydration } from './review-helpers';

// A standard's page holds its text once (as HTML, not again as hydration data);
// client-side navigation takes the text from the precached sections JSON; the
// reading marks are read by a peek (raw IndexedDB) and Dexie loads only to write.

const PRC = '/standards/production-reliability-checklist';
const SDK = 'Python SDK Developer Guidelines';
const PIS = 'Production Implementation Standards';

/** Client-side navigation to a standard: the breadcrumb to the list, then its card. */
async function openFromList(page: Page, title: string): Promise<void> {
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Standards' }).click();
	await page.getByRole('list', { name: 'Standards' }).getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Records every IndexedDB open and whether it has finished (succeeded, failed or was aborted). */
async function recordOpens(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __opens: { name: string; done: boolean }[] };
		w.__opens = [];
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
			const request = version === undefined ? open.call(this, name) : open.call(this, name, version);
			const entry = { name, done: false };
			w.__opens.push(entry);
			const finish = () => (entry.done = true);
			request.addEventListener('success', finish);
			request.addEventListener('error', finish);
			return request;
		} as typeof open;
	});
}

const finishedOpens = (page: Page) => page.evaluate(() => (window as unknown as { __opens: { done: boolean }[] }).__opens.filter((o) => o.done).length);
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

/** Dexie's chunk in the build under test (the only one holding this Dexie-internal name). */
const CHUNKS = join(process.env.SHIPSHAPE_BUILD_DIR || 'build', '_app/immutable/chunks');
const dexieChunks = readdirSync(CHUNKS).filter((file) => file.endsWith('.js') && readFileSync(join(CHUNKS, file), 'utf8').includes('DexieError'));

/** Whether the page itself loaded Dexie (the service worker's precaching fetches every chunk: not counted). */
const dexieLoaded = (page: Page) =>
	page.evaluate((files) => performance.getEntriesByType('resource').some((e) => files.some((f) => e.name.endsWith(`/${f}`))), dexieChunks);

test.describe('reading pages: text and marks', () => {
	test('the prerendered text is in the page once, kept on hydration and still interactive', async ({ page, request }) => {
		const html = await (await request.get(PRC)).text();
		// A sentence of the standard: once in the markup, not again in the hydration data.
		expect(html.split('Timeout configured?').length - 1).toBe(1);
		await page.goto(PRC);
		await waitForHydration(page);
		await expect(page.getByRole('checkbox', { name: /Timeout configured\?/ })).toBeVisible();
		await expect(page.locator('article .prose h2')).not.toHaveCount(0);
		// Hydration kept the text (not emptied) and the page responds.
		await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: /Priority Levels/ }).click();
		await expect(page.locator('#priority-levels')).toBeInViewport();
		await page.getByRole('button', { name: 'Mark “Priority Levels” as read' }).click();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('checkbox', { name: /Timeout configured\?/ })).toBeVisible();
	});

	test('client-side navigation between standards shows each one’s own text, anchors and marks', async ({ page }) => {
		await page.goto(PRC);
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Mark “Priority Levels” as read' }).click();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();

		await openFromList(page, SDK);
		await expect(page.getByRole('checkbox', { name: 'Tenant isolation verified' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /Timeout configured\?/ })).toHaveCount(0);
		await expect(page.locator('#priority-levels')).toHaveCount(0);
		// Its own parts, each with its control; none marked.
		await expect(page.getByRole('button', { name: 'Mark “Purpose” as read' })).toBeVisible();
		await expect(page.getByRole('button', { name: /as unread$/ })).toHaveCount(0);
		const toc = page.getByRole('navigation', { name: 'Table of contents' });
		await toc.getByRole('link', { name: /3\. Resilience/ }).click();
		await expect(page).toHaveURL(/#3-resilience$/);
		await expect(page.locator('[id="3-resilience"]')).toBeInViewport();

		// Back: the first standard's text and its mark again.
		await page.goBack();
		await page.goBack();
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: 'Production Reliability Checklist' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /Timeout configured\?/ })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();
	});

	test('a search result opened by client-side navigation marks the words in its section', async ({ page }) => {
		await page.goto('/standards');
		await waitForHydration(page);
		await page.getByLabel('Search the standards').fill('circuit breaker');
		await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: /External Dependencies/ }).first().click();
		await expect(page.locator('[id="1-external-dependencies"]')).toBeInViewport();
		await expect(page.locator('section:has([id="1-external-dependencies"]) mark.search-hit').first()).toBeVisible();
	});

	test('offline, once the worker is ready, client-side navigation still shows a standard never opened', async ({ page, context }) => {
		await page.goto(PRC);
		await waitForHydration(page);
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await openFromList(page, PIS);
		await expect(page.getByRole('checkbox', { name: 'All functions have full type hints' })).toBeVisible();
		await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: /^\s*Configuration$/ }).click();
		await expect(page.locator('#configuration')).toBeInViewport();
		// Marking offline is stored (IndexedDB needs no network) and shown.
		await page.getByRole('button', { name: 'Mark “Core Principles” as read' }).click();
		await expect(page.getByRole('button', { name: 'Mark “Core Principles” as unread' })).toBeVisible();
		await openFromList(page, SDK);
		await expect(page.getByRole('checkbox', { name: 'Tenant isolation verified' })).toBeVisible();
		await context.setOffline(false);
	});

	test('a peek on a fresh profile creates no database; the first mark does, and a reload shows it without Dexie', async ({ page }) => {
		await recordOpens(page);
		expect(dexieChunks).toHaveLength(1);
		await page.goto(PRC);
		await waitForHydration(page);
		await expect.poll(() => finishedOpens(page)).toBeGreaterThan(0);
		expect(await databases(page)).not.toContain('shipshape');
		expect(await dexieLoaded(page)).toBe(false);
		await expect(page.getByText(/^0 of \d+ sections read/)).toBeVisible();

		// The first write goes through Dexie, which creates the database with its schema.
		await page.getByRole('button', { name: 'Mark “Priority Levels” as read' }).click();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();
		await expect(page.getByText(/^1 of \d+ sections read/)).toBeVisible();
		expect(await databases(page)).toContain('shipshape');
		expect(await dexieLoaded(page)).toBe(true);
		const stores = await page.evaluate(
			() =>
				new Promise<string[]>((resolve, reject) => {
					const request = indexedDB.open('shipshape');
					request.onsuccess = () => {
						const names = [...request.result.objectStoreNames];
						request.result.close();
						resolve(names);
					};
					request.onerror = () => reject(request.error);
				})
		);
		expect(stores).toEqual(expect.arrayContaining(['sessions', 'answers', 'reading', 'customStandards']));

		// A reload reads the mark by peek: shown, and Dexie not loaded.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();
		await expect(page.getByText(/^1 of \d+ sections read/)).toBeVisible();
		expect(await dexieLoaded(page)).toBe(false);
		await page.goto('/standards');
		await expect(page.getByText(/^1 of \d+ sections read/)).toBeVisible();
		expect(await dexieLoaded(page)).toBe(false);

		// Unmarking after a reload still goes through Dexie and is kept.
		await page.goto(PRC);
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Mark “Priority Levels” as unread' }).click();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as read' })).toBeVisible();
		await page.reload();
		await expect(page.getByText(/^0 of \d+ sections read/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as read' })).toBeVisible();
	});

	test('marks made in another tab show when this tab is shown again, and live once this tab has written', async ({ context }) => {
		const mine = await context.newPage();
		const other = await context.newPage();
		await mine.goto(PRC);
		await waitForHydration(mine);
		await expect(mine.getByText(/^0 of \d+ sections read/)).toBeVisible();
		await other.goto(PRC);
		await waitForHydration(other);
		await other.getByRole('button', { name: 'Mark “Priority Levels” as read' }).click();
		await expect(other.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();

		// The reader comes back to this tab (a focus, as when switching windows): it reads the marks again.
		await mine.evaluate(() => window.dispatchEvent(new Event('focus')));
		await expect(mine.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();

		// Once this tab has written (Dexie loaded), another tab's marks show at once.
		await mine.getByRole('button', { name: 'Mark “Current System Audit” as read' }).click();
		await expect(mine.getByRole('button', { name: 'Mark “Current System Audit” as unread' })).toBeVisible();
		await other.getByRole('button', { name: 'Mark “Priority Levels” as unread' }).click();
		await expect(mine.getByRole('button', { name: 'Mark “Priority Levels” as read' })).toBeVisible();
	});
});
