import { expect, test } from '@playwright/test';
import { showExports, startReview, waitForHydration } from './review-helpers';

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
		return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
	};
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
	return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
}

/** Hue in degrees of an `rgb(r, g, b)` colour. */
function hue(c: string): number {
	const [r, g, b] = (c.match(/\d+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
	const max = Math.max(r, g, b);
	const d = max - Math.min(r, g, b);
	if (d === 0) return 0;
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return (h * 60 + 360) % 360;
}

for (const scheme of ['light', 'dark'] as const) {
	test(`a focused field does not look invalid, and its ring stands out (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/review/new?role=author');
		await waitForHydration(page);
		await page.getByLabel('Pull request').fill('not a pr');
		await page.getByLabel('Title (optional)').focus();
		const error = page.locator('#pr-error');
		await expect(error).toBeVisible();
		await page.getByLabel('Pull request').focus();
		const ring = await page.getByLabel('Pull request').evaluate((el) => getComputedStyle(el).outlineColor);
		const errorColour = await error.evaluate((el) => getComputedStyle(el).color);
		const backgrounds = await page.evaluate(() => {
			const style = getComputedStyle(document.documentElement);
			const swatch = document.createElement('div');
			document.body.append(swatch);
			const colours = ['--bg', '--surface', '--surface-2'].map((v) => {
				swatch.style.background = style.getPropertyValue(v);
				return getComputedStyle(swatch).backgroundColor;
			});
			swatch.remove();
			return colours;
		});
		const apart = Math.abs(hue(ring) - hue(errorColour));
		expect(Math.min(apart, 360 - apart), `ring ${ring} vs error ${errorColour}`).toBeGreaterThan(60);
		for (const bg of backgrounds) expect(contrast(ring, bg), `ring ${ring} on ${bg}`).toBeGreaterThanOrEqual(3);
	});
}

test('“Include the tier checks” is remembered after a reload', async ({ page }) => {
	await startReview(page, 'acme/remember#1', 'Author');
	await showExports(page);
	const box = page.getByRole('checkbox', { name: 'Include the tier checks' });
	await expect(box).not.toBeChecked();
	await box.check();
	await page.reload();
	await showExports(page);
	await expect(page.getByRole('checkbox', { name: 'Include the tier checks' })).toBeChecked();
	await expect(page.getByRole('textbox', { name: 'PR Self-QA block' })).toHaveValue(/Shared state analysis/);
});

test('a second author review of a PR says “an author review”', async ({ page }) => {
	await startReview(page, 'acme/grammar#2', 'Author');
	await page.goto('/review/new?role=author');
	await waitForHydration(page);
	await page.getByLabel('Pull request').fill('acme/grammar#2');
	await page.getByRole('button', { name: 'Start review' }).click();
	await expect(page.getByText('You already had an author review of this pull request')).toBeVisible();
});

test('the standards list counts one checklist as “1 checklist”', async ({ page }) => {
	await page.goto('/standards');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'SDK Developer Guidelines' }) });
	await expect(card).toContainText(/\b1 checklist ·/);
	await expect(page.getByText(/\b1 checklists\b/)).toHaveCount(0);
});

test('the shortcuts dialog keeps its keys apart: “j or ↓”', async ({ page }) => {
	await startReview(page, 'acme/keys#3', 'Reviewer');
	await page.locator('body').press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('dt').first()).toHaveText('j or ↓');
});

test.describe('phone layout', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the review header has no empty band under a long title', async ({ page }) => {
		await startReview(page, 'acme/band#4', 'Author', 'Retry cache writes on timeout in the session store');
		// Reopened, nothing saved yet in this page: the save status has nothing to say.
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText('Overall', { exact: true }).first()).toBeVisible();
		await expect(page.getByText('✓ All changes saved')).toHaveCount(0);
		const title = await page.getByRole('heading', { level: 1 }).boundingBox();
		const overall = await page.getByText('Overall', { exact: true }).first().boundingBox();
		expect(overall!.y - (title!.y + title!.height)).toBeLessThan(24);
	});

	test('a reading page’s title follows its Contents closely', async ({ page }) => {
		await page.goto('/standards/production-code-checklist');
		const contents = await page.locator('details.toc').boundingBox();
		const title = await page.getByRole('heading', { level: 1 }).boundingBox();
		expect(title!.y - (contents!.y + contents!.height)).toBeLessThan(32);
	});

	test('the restore file picker is a styled button', async ({ page }) => {
		await page.goto('/settings');
		const picker = page.getByLabel('Restore from a file');
		const radius = await picker.evaluate((el) => getComputedStyle(el, '::file-selector-button').borderTopLeftRadius);
		expect(radius).toBe('8px');
	});
});
