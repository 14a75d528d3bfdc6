/**
 * The home list paints its first page from a peek (raw IndexedDB reads, no
 * Dexie) and takes the Dexie path when the user needs it: a search, a
 * filter, a sort, more rows, a write, or a write in another tab. An older
 * schema, which only Dexie can upgrade, still shows its reviews.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForHydration, waitSaved } from './review-helpers';
import { seed, session, T } from './seed-helpers';

const list = (page: Page) => page.getByRole('list', { name: 'Reviews' });
const rows = (page: Page) => list(page).getByRole('listitem');

/** Whether any script the page loaded holds Dexie (`semVer`, from its version export, is in no other chunk). */
async function dexieLoaded(page: Page): Promise<boolean> {
	const scripts = await page.evaluate(async () => {
		const urls = performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((n) => n.endsWith('.js'));
		return Promise.all(urls.map((u) => fetch(u).then((r) => r.text())));
	});
	return scripts.some((s) => s.includes('semVer'));
}

/** The rows' text once every row's progress is counted. */
async function countedRows(page: Page): Promise<string[]> {
	await expect(list(page).locator('.counting')).toHaveCount(0);
	return rows(page).allInnerTexts();
}

test('a cold load shows the stored reviews with their progress, without loading Dexie; the Dexie path agrees', async ({ page }) => {
	await page.goto('/review/new?role=reviewer');
	await waitForHydration(page);
	await page.getByLabel('Pull request').fill('acme/peek#7');
	await page.getByLabel('Title (optional)').fill('Peeked review');
	await page.getByRole('radio', { name: /^Reviewer/ }).check();
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
	const boxes = page.getByRole('checkbox');
	await boxes.nth(0).check();
	await boxes.nth(1).check();
	await waitSaved(page);

	await page.goto('/');
	await expect(rows(page)).toHaveCount(1);
	const peeked = await countedRows(page);
	expect(peeked[0]).toContain('Peeked review');
	expect(peeked[0]).toMatch(/\b2\/\d+/);
	await expect(list(page).getByRole('progressbar', { name: 'Progress of the reviewer review of acme/peek#7' })).toHaveAttribute('value', '2');
	expect(await dexieLoaded(page)).toBe(false);

	// About to search: the Dexie path takes over, and shows the same row with the same progress.
	await page.getByLabel('Search reviews').focus();
	await expect.poll(() => dexieLoaded(page)).toBe(true);
	await page.getByLabel('Search reviews').fill('peek');
	await expect(rows(page)).toHaveCount(1);
	expect(await countedRows(page)).toEqual(peeked);
});

test('search, sort and scrolling to more rows work from the peeked first page', async ({ page }) => {
	const many = Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, repo: i % 2 ? 'acme/odd' : 'acme/even', number: 100 - i, title: `Change ${i}`, updatedAt: T(i) }));
	await seed(page, many);

	await page.goto('/');
	await expect(rows(page)).toHaveCount(50);
	await expect(rows(page).first()).toContainText('Change 59');
	expect(await dexieLoaded(page)).toBe(false);
	await expect(page.getByRole('button', { name: 'Show more' })).toBeVisible();
	// Near the end of the page: the next rows load (through Dexie).
	await rows(page).last().scrollIntoViewIfNeeded();
	await expect(rows(page)).toHaveCount(60);
	await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);

	// A cold load again, at the top (a reload would restore the scroll, and scrolling loads more).
	await page.evaluate(() => scrollTo(0, 0));
	await page.goto('/');
	await expect(rows(page)).toHaveCount(50);
	await page.getByLabel('Search reviews').fill('odd');
	await expect(rows(page)).toHaveCount(30);
	await expect(rows(page).first()).toContainText('Change 59');

	await page.goto('/');
	await expect(rows(page)).toHaveCount(50);
	await page.getByLabel('Sort by').selectOption('pr');
	// A→Z by repository, then number: acme/even's lowest number first (#42: i = 58).
	await expect(rows(page).first()).toContainText('acme/even#42');
});

test('a write in another tab shows in a peeked list: a new review, an archive, the welcome turning into the list', async ({ context }) => {
	const home = await context.newPage();
	const other = await context.newPage();
	await home.goto('/');
	await waitForHydration(home);
	await expect(home.getByText('No reviews yet.')).toBeVisible();

	await other.goto('/review/new?role=author');
	await waitForHydration(other);
	await other.getByLabel('Pull request').fill('acme/tabs#1');
	await other.getByRole('radio', { name: /^Author/ }).check();
	await other.getByRole('button', { name: 'Start review' }).click();
	await expect(other).toHaveURL(/\/review\/[0-9a-f-]{36}/);

	// The first review: the returning layout and its row, without a reload.
	await expect(rows(home)).toHaveCount(1);
	await expect(rows(home)).toContainText('acme/tabs#1');
	await expect(home.getByRole('link', { name: 'Import from PR' })).toBeVisible();

	// A fresh peeked page, then a write elsewhere.
	await home.reload();
	await expect(rows(home)).toHaveCount(1);
	expect(await dexieLoaded(home)).toBe(false);
	await other.goto('/');
	await other.getByRole('button', { name: 'Archive author review of acme/tabs#1' }).click();
	await expect(rows(other)).toHaveCount(0);
	await expect(home.getByText('Every review is archived')).toBeVisible();
});

test('shown again after missing a change (a frozen tab hears no messages): the list reads again', async ({ context }) => {
	const home = await context.newPage();
	await seed(home, [{ id: 'seen', repo: 'acme/seen', number: 1, updatedAt: T(1) }]);
	await home.goto('/');
	await expect(rows(home)).toHaveCount(1);
	// A write that announces nothing (what a frozen tab misses): a raw put, from another page.
	const other = await context.newPage();
	await other.goto('/api/standards.json');
	await other.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('shipshape');
				open.onsuccess = () => {
					const tx = open.result.transaction('sessions', 'readwrite');
					tx.objectStore('sessions').put(row);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		session({ id: 'missed', repo: 'acme/missed', number: 2, updatedAt: T(2) })
	);
	await home.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(rows(home)).toHaveCount(2);
	await expect(rows(home).first()).toContainText('acme/missed#2');
	expect(await dexieLoaded(home)).toBe(false);
});

test('a database of an older schema (version 1) still shows its reviews: Dexie upgrades it', async ({ page }) => {
	// Any page of the origin that does not open the database itself.
	await page.goto('/api/standards.json');
	const stored = session({ id: 'old-1', repo: 'acme/legacy', number: 3, title: 'From version one', updatedAt: T(5) });
	await page.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				// Dexie's version 1 (IndexedDB version 10) as it created it: SCHEMA_V1 in src/lib/db/versions.ts.
				const request = indexedDB.open('shipshape', 10);
				request.onupgradeneeded = () => {
					const db = request.result;
					const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
					sessions.createIndex('prKey', 'prKey', { unique: true });
					for (const name of ['updatedAt', 'createdAt', 'status', 'role', 'pr.repo']) sessions.createIndex(name, name);
					sessions.createIndex('[role+updatedAt]', ['role', 'updatedAt']);
					sessions.createIndex('[status+updatedAt]', ['status', 'updatedAt']);
					const answers = db.createObjectStore('answers', { keyPath: ['sessionId', 'itemId'] });
					answers.createIndex('sessionId', 'sessionId');
					answers.createIndex('updatedAt', 'updatedAt');
					db.createObjectStore('reading', { keyPath: ['standardSlug', 'sectionId'] }).createIndex('standardSlug', 'standardSlug');
					db.createObjectStore('customStandards', { keyPath: 'slug' }).createIndex('updatedAt', 'updatedAt');
					sessions.put(row);
				};
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			}),
		stored
	);
	await page.evaluate(() => localStorage.setItem('shipshape:reviews', '1'));

	await page.goto('/');
	await expect(rows(page)).toHaveCount(1);
	await expect(rows(page)).toContainText('From version one');
	expect(await page.evaluate(() => indexedDB.databases().then((d) => d.find((x) => x.name === 'shipshape')?.version))).toBe(30);
	// Found by the word index the upgrade built.
	await page.getByLabel('Search reviews').fill('legacy');
	await expect(rows(page)).toHaveCount(1);
});
