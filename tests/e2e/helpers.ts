import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe with the WCAG A/AA rules; returns the violations so a test can print them. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	expect(summary, 'axe violations').toEqual([]);
}

/** Waits until the service worker controls the page (reloading once if needed). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
	if (!controlled) {
		await page.reload();
		await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	}
}
