import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const cases: { path: string; title: string; text: RegExp }[] = [
	{ path: '/review/%E0%A4%A', title: 'This link is broken · Shipshape', text: /damaged characters/ },
	{ path: '/review/%', title: 'This link is broken · Shipshape', text: /damaged characters/ },
	{ path: '/review/a/b', title: 'Page not found · Shipshape', text: /no page at this address/ },
	{ path: '/standards/unknown', title: 'Page not found · Shipshape', text: /no page at this address/ },
	{ path: '/nope', title: 'Page not found · Shipshape', text: /no page at this address/ }
];

for (const { path, title, text } of cases) {
	test(`${path}: a styled page that says what happened and links home`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.replace(' · Shipshape', ''));
		await expect(page).toHaveTitle(title);
		await expect(page.getByText(text)).toBeVisible();
		await page.getByRole('link', { name: 'Go to your reviews' }).click();
		await expect(page).toHaveURL(/\/$/);
		expect(errors).toEqual([]);
	});
}

test('the error page passes axe and keeps the site header', async ({ page }) => {
	await page.goto('/nope');
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('banner')).toBeVisible();
	await expectNoAxeViolations(page);
});
