/**
 * The home page decides its layout before first paint (a flag the inline
 * script in app.html reads) and keeps the list's space while the list's code
 * and rows load: nothing on the page moves once the database has answered.
 * The first paint needs no database code: dexie loads after it.
 */
import { expect, test, type Page } from '@playwright/test';
import { seed, T } from './seed-helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Reviews' }).getByRole('listitem');

/** Positions of the list region and what follows it, as soon as the page is parsed, and every layout shift after. */
async function trackLayout(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shifts: number[]; __first?: Record<string, number> };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shifts.push(e.value);
		}).observe({ type: 'layout-shift', buffered: true });
		document.addEventListener('DOMContentLoaded', () => {
			const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
			w.__first = { list: top('.list'), grid: top('.grid'), five: top('#five-title') };
		});
	});
}

const positions = (page: Page) =>
	page.evaluate(() => {
		const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
		return { list: top('.list'), grid: top('.grid'), five: top('#five-title') };
	});

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('first visit: the welcome and the empty list, with no layout shift', async ({ page }) => {
			await trackLayout(page);
			await page.goto('/');
			await expect(page.getByText('No reviews yet.')).toBeVisible();
			await expect(page.getByRole('link', { name: 'Start a review' })).toHaveCount(1);
			await expect(page.getByText(/Shipshape turns the team’s engineering standards/)).toBeVisible();
			const first = await page.evaluate(() => (window as unknown as { __first: Record<string, number> }).__first);
			expect(await positions(page)).toEqual(first);
			expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
		});

		for (const count of [1, 4]) {
			test(`returning user with ${count} review(s): the list first from the first paint, and nothing moves when it loads`, async ({ page }) => {
				await seed(page, Array.from({ length: count }, (_, i) => ({ id: `s${i}`, repo: 'acme/shop', number: i + 1, title: `Review ${i}`, updatedAt: T(i) })));
				await trackLayout(page);
				const visit = async () => {
					await expect(rows(page)).toHaveCount(count);
					// The welcome is for a first visit; the start buttons sit above the list.
					await expect(page.getByText(/Shipshape turns the team’s engineering standards/)).toBeHidden();
					await expect(page.getByRole('link', { name: 'Start a review' })).toHaveCount(1);
					const first = await page.evaluate(() => (window as unknown as { __first: Record<string, number> }).__first);
					const now = await positions(page);
					expect(now.list).toBe(first.list);
					expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
					return { first, now };
				};
				// First time at this width: a screen's height is kept, what follows the list stays below the fold.
				await page.goto('/');
				const one = await visit();
				expect(one.first.grid).toBeGreaterThanOrEqual(viewport.height);
				// Next time the list's own height is kept: what follows it is where it will stay.
				await page.goto('/standards');
				await page.goto('/');
				const two = await visit();
				expect(two.now.grid).toBe(two.first.grid);
				const listBottom = await page.evaluate(() => document.querySelector('.list section')!.getBoundingClientRect().bottom);
				expect(two.now.grid - listBottom).toBeLessThan(40);
			});
		}
	});
}

test('a stale flag (reviews deleted elsewhere) is corrected by the database: the welcome comes back', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => localStorage.setItem('shipshape:reviews', '2'));
	await page.reload();
	await expect(page.getByText('No reviews yet.')).toBeVisible();
	await expect(page.getByText(/Shipshape turns the team’s engineering standards/)).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('shipshape:reviews'))).toBeNull();
	expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reviews'))).toBe(false);
});

test('the home page paints without the database code: dexie comes after the load event', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('No reviews yet.')).toBeVisible();
	const early = await page.evaluate(() => {
		const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime < load.loadEventStart && e.name.endsWith('.js'))
			.map((e) => e.name);
	});
	const scripts = await Promise.all(early.map((url) => page.evaluate((u) => fetch(u).then((r) => r.text()), url)));
	// Dexie's own error names and its liveQuery are in no chunk loaded before `load`.
	expect(scripts.filter((s) => s.includes('DatabaseClosedError') || s.includes('liveQuery'))).toEqual([]);
});
