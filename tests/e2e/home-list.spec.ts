/**
 * The home page's reviews list: archive, sort over the whole list, a
 * returning user's layout, phone rows, delete/undo focus and names, and no
 * blank frames while typing. Data is seeded through Settings → Restore.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { seed, T, type Seed } from './seed-helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Reviews' }).getByRole('listitem');

test.describe('the reviews list', () => {
	test('archiving hides a review from the default list without making it "changed just now"; the status filter shows it', async ({ page }) => {
		await seed(page, [
			{ id: 'a', repo: 'acme/shop', number: 1, title: 'Older', updatedAt: T(1) },
			{ id: 'b', repo: 'acme/shop', number: 2, title: 'Newer', updatedAt: T(2) }
		]);
		await page.goto('/');
		await expect(rows(page)).toHaveCount(2);
		await page.getByRole('button', { name: 'Archive reviewer review of acme/shop#1' }).click();
		await expect(rows(page)).toHaveCount(1);
		await expect(rows(page)).toContainText('Newer');
		await page.getByLabel('Status').selectOption('archived');
		await expect(rows(page)).toHaveCount(1);
		await expect(rows(page)).toContainText('Older');
		await expect(rows(page)).not.toContainText('just now');
		await page.getByLabel('Status').selectOption('');
		await expect(rows(page)).toHaveCount(2);
		// Still in its old place: archiving did not change its last-change time.
		await expect(rows(page).first()).toContainText('Newer');
	});

	test('"Sort by Pull request" sorts the whole list (host, repository, number), not the page loaded', async ({ page }) => {
		// 60 reviews: the one that sorts first by PR changed longest ago, so it is not in the first 50 by last change.
		const many: Seed[] = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, repo: `org/repo-${String.fromCharCode(98 + (i % 20))}`, number: 10 + i, updatedAt: T(i + 1) }));
		many.push({ id: 'first', repo: 'Org/repo-a', number: 9, updatedAt: T(0) });
		many.push({ id: 'second', repo: 'org/repo-a', number: 10, updatedAt: T(0) });
		await seed(page, many);
		await page.goto('/');
		await expect(rows(page)).toHaveCount(50);
		await expect(page.getByRole('link', { name: /Org\/repo-a#9/ })).toHaveCount(0);
		await page.getByLabel('Sort by').selectOption('pr');
		await expect(rows(page).nth(0)).toContainText('Org/repo-a#9');
		await expect(rows(page).nth(1)).toContainText('org/repo-a#10');
		await expect(rows(page).nth(2)).toContainText('org/repo-b#10');
	});

	test('no blank frame while typing a search', async ({ page }) => {
		await seed(page, Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, repo: `acme/service-${i}`, number: i + 1, title: `flaky cache ${i}` })));
		await page.goto('/');
		await expect(rows(page)).toHaveCount(30);
		await page.evaluate(() => {
			const w = window as unknown as { minRows: number };
			w.minRows = Infinity;
			const list = document.querySelector('ul[aria-label="Reviews"]')!;
			new MutationObserver(() => (w.minRows = Math.min(w.minRows, document.querySelectorAll('ul[aria-label="Reviews"] > li').length))).observe(list.parentElement!, {
				subtree: true,
				childList: true
			});
		});
		await page.getByLabel('Search reviews').pressSequentially('flaky cac', { delay: 30 });
		await expect(rows(page)).toHaveCount(30);
		expect(await page.evaluate(() => (window as unknown as { minRows: number }).minRows)).toBeGreaterThan(0);
	});

	test('delete: focus moves to Undo; the author and reviewer rows of one PR have their own names', async ({ page }) => {
		await seed(page, [
			{ id: 'a', repo: 'acme/shop', number: 42, role: 'author' },
			{ id: 'r', repo: 'acme/shop', number: 42, role: 'reviewer' }
		]);
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Delete author review of acme/shop#42' })).toHaveCount(1);
		await page.getByRole('button', { name: 'Delete reviewer review of acme/shop#42' }).click();
		await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(rows(page)).toHaveCount(2);
		await expect(page.getByRole('heading', { name: 'Your reviews' })).toBeFocused();
	});
});

test.describe('home layout', () => {
	test('a returning user sees their reviews above the fold, with one set of start buttons', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await seed(page, Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, repo: 'acme/shop', number: i + 1, title: `Change ${i}` })));
		await page.goto('/');
		await expect(rows(page)).toHaveCount(8);
		const box = await rows(page).nth(2).boundingBox();
		expect(box!.y + box!.height).toBeLessThan(800);
		await expect(page.getByRole('link', { name: 'Start a review' })).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'Start as author' })).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'New review', exact: true })).toHaveCount(0);
		await page.screenshot({ path: 'test-results/home-returning-1280.png' });
		await expectNoAxeViolations(page);
	});

	test('a first visit: one start button per role, no reviews list tools', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('status').filter({ hasText: 'No reviews yet' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start a review' })).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'Start as author' })).toHaveCount(1);
		await expect(page.getByRole('link', { name: 'New review', exact: true })).toHaveCount(0);
	});

	test('phone: a review row is a row, not a third of the screen', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await seed(page, Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, repo: 'acme/payments-service', number: 1000 + i, title: `Retry the payment client ${i}` })));
		await page.goto('/');
		await expect(rows(page)).toHaveCount(4);
		for (const row of await rows(page).all()) expect((await row.boundingBox())!.height).toBeLessThan(844 / 5);
		await page.screenshot({ path: 'test-results/home-returning-390.png', fullPage: true });
	});
});

test('settings: a new restore result replaces an old download message', async ({ page }) => {
	await seed(page, [{ id: 'a', repo: 'acme/shop', number: 1 }]);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	await download;
	await expect(page.getByText(/^Saved 1 review/)).toBeVisible();
	await page.setInputFiles('#restore-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
	await expect(page.getByRole('alert')).toContainText('not valid JSON');
	await expect(page.getByText(/^Saved 1 review/)).toHaveCount(0);
});
