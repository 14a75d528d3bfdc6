/**
 * A stored review paints from a peek (raw IndexedDB), without the database
 * code; Dexie loads at the first interaction, the first write or another
 * tab's change, and the export panel as the user nears it. Nothing the user
 * does in between is lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { itemRow, showExports, startReview, waitSaved } from './review-helpers';

/** Dexie's bundle names its internal database; no other chunk does. */
const DEXIE_MARK = '__dbnames';

/** Records the page's JS: whether the Dexie chunk was loaded. */
function watchDexie(page: Page): { loaded: () => Promise<boolean> } {
	const bodies: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) bodies.push(r.text().catch(() => ''));
	});
	return { loaded: async () => (await Promise.all(bodies)).some((b) => b.includes(DEXIE_MARK)) };
}

/** The stored review's updatedAt, read with raw IndexedDB. */
function storedUpdatedAt(page: Page, id: string): Promise<string | undefined> {
	return page.evaluate(
		(id) =>
			new Promise<string | undefined>((resolve, reject) => {
				const open = indexedDB.open('shipshape');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('sessions').objectStore('sessions').get(id);
					get.onsuccess = () => (db.close(), resolve((get.result as { updatedAt?: string } | undefined)?.updatedAt));
					get.onerror = () => (db.close(), reject(get.error));
				};
			}),
		id
	);
}

/** The stored answer row's state, read with raw IndexedDB. */
function storedAnswerState(page: Page, sessionId: string, itemId: string): Promise<string | undefined> {
	return page.evaluate(
		({ sessionId, itemId }) =>
			new Promise<string | undefined>((resolve, reject) => {
				const open = indexedDB.open('shipshape');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('answers').objectStore('answers').get([sessionId, itemId]);
					get.onsuccess = () => (db.close(), resolve((get.result as { state?: string } | undefined)?.state));
					get.onerror = () => (db.close(), reject(get.error));
				};
			}),
		{ sessionId, itemId }
	);
}

/** A full load of a stored review, its items painted. */
async function openStored(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await expect(page.locator('li[data-item-id]').first()).toBeVisible();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

test.describe('a stored review paints before the database code loads', () => {
	test('the review, its answers and its header paint without Dexie or the export panel; scrolling to the panel loads it', async ({ page }) => {
		const url = await startReview(page, 'acme/paint#1', 'Reviewer', 'Peeked review');
		const createdAtOf = await storedUpdatedAt(page, url.split('/').at(-1) ?? '');
		await itemRow(page, /^Retry logic\?/).getByRole('checkbox').check();
		await waitSaved(page);
		// Leaving stores the review's "last change" at once; once it is stored no write is left to reach the next tab.
		await page.getByRole('link', { name: 'Standards' }).click();
		await expect.poll(() => storedUpdatedAt(page, url.split('/').at(-1) ?? '')).not.toBe(createdAtOf);

		// A fresh tab of the same profile: a cold page load.
		const fresh = await page.context().newPage();
		const dexie = watchDexie(fresh);
		await openStored(fresh, url);
		await expect(fresh.getByRole('heading', { level: 1 })).toContainText('Peeked review');
		await expect(itemRow(fresh, /^Retry logic\?/).getByRole('checkbox')).toBeChecked();
		await expect(fresh.getByText('Opening the review…')).toHaveCount(0);
		await fresh.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		expect(await dexie.loaded()).toBe(false);
		await expect(fresh.getByRole('heading', { level: 2, name: 'Export' })).toHaveCount(0);

		await showExports(fresh);
		await expect(fresh.getByRole('textbox', { name: 'Review summary' })).toHaveValue(/Retry logic\?/);
	});

	test('a tick made right after the page loads is saved (through the save tracker) and shown after a reload', async ({ page }) => {
		const url = await startReview(page, 'acme/paint#2', 'Reviewer');
		await openStored(page, url);
		const box = itemRow(page, /^Timeout configured\?/).getByRole('checkbox');
		await box.check();
		await expect(page.getByText('✓ All changes saved')).toBeVisible();
		await page.reload();
		await expect(itemRow(page, /^Timeout configured\?/).getByRole('checkbox')).toBeChecked();
	});

	test('a tick made while the database code is still loading, then leaving at once: kept', async ({ browser }) => {
		// No service worker: the test holds the page's later script requests itself, as a slow network would.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		page.on('dialog', (d) => void d.accept());
		const url = await startReview(page, 'acme/paint#6', 'Reviewer');
		await openStored(page, url);
		const held: import('@playwright/test').Route[] = [];
		await page.route('**/*.js', (route) => void held.push(route));
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		await expect.poll(() => held.length).toBeGreaterThan(0);
		// Left before the database code arrived: the tick was never written to IndexedDB.
		await page.unroute('**/*.js');
		await page.goto('/standards');
		await Promise.all(held.map((r) => r.abort().catch(() => undefined)));
		await page.goto(url);
		await expect(itemRow(page, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
		// Stored, not only shown.
		const itemId = (await itemRow(page, /^Idempotent\?/).getAttribute('data-item-id')) ?? '';
		await expect.poll(() => storedAnswerState(page, url.split('/').at(-1) ?? '', itemId)).toBe('done');
		await page.reload();
		await expect(itemRow(page, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
		await context.close();
	});

	test('the first keyboard tick (x on a focused item) is saved', async ({ page }) => {
		const url = await startReview(page, 'acme/paint#3', 'Reviewer');
		await openStored(page, url);
		await page.locator('body').press('j');
		await page.locator('body').press('x');
		await waitSaved(page);
		await page.reload();
		await expect(page.locator('li[data-item-id]').first().getByRole('checkbox')).toBeChecked();
	});

	test('another tab’s tick shows in a review that has not loaded Dexie yet', async ({ page, context }) => {
		const url = await startReview(page, 'acme/paint#4', 'Reviewer');
		const watcher = await context.newPage();
		const dexie = watchDexie(watcher);
		await openStored(watcher, url);
		expect(await dexie.loaded()).toBe(false);

		await openStored(page, url);
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		await waitSaved(page);
		await expect(itemRow(watcher, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
		// And it stays live: a second change follows too.
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').uncheck();
		await expect(itemRow(watcher, /^Idempotent\?/).getByRole('checkbox')).not.toBeChecked();
	});

	test('an upgrade in another tab: a live review says so; a peeked one is not in its way and says so at its first write', async ({ page, context }) => {
		const url = await startReview(page, 'acme/paint#5', 'Reviewer');
		const id = url.split('/').at(-1) ?? '';
		const created = await storedUpdatedAt(page, id);
		await itemRow(page, /^Retry logic\?/).getByRole('checkbox').check();
		await waitSaved(page);
		// Its "last change" stored (on leaving): no write is left to reach the other tabs.
		await page.getByRole('link', { name: 'Standards' }).click();
		await expect.poll(() => storedUpdatedAt(page, id)).not.toBe(created);
		await openStored(page, url);
		// A click in the workbook (no write) takes the live path.
		await page.getByRole('searchbox', { name: 'Search the items' }).click();

		const peeked = await context.newPage();
		await openStored(peeked, url);

		// Another tab opens a newer schema: the live page closes its connection and tells the user; the peeked page holds none.
		const upgrader = await context.newPage();
		await upgrader.goto('/standards');
		await upgrader.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('shipshape', 990);
					request.onsuccess = () => (request.result.close(), resolve());
					request.onerror = () => reject(request.error);
				})
		);
		await expect(page.getByText(/updated in another tab/).first()).toBeVisible();

		await itemRow(peeked, /^Timeout configured\?/).getByRole('checkbox').check();
		await expect(peeked.getByText(/updated in another tab/).first()).toBeVisible();
	});
});
