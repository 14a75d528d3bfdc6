import { expect, test, type Locator } from '@playwright/test';
import { addCustomStandard } from './data-flows';

/** How each bold/code piece of a task label is laid out: a flex or grid item is blockified ("block"). */
async function inlineDisplays(label: Locator): Promise<string[]> {
	return label.evaluate((el) => [...el.querySelectorAll('strong, code, em, a')].map((n) => getComputedStyle(n).display));
}

test.describe('reading: task lists', () => {
	for (const width of [390, 1280]) {
		test(`a task with bold and code reads as one sentence (${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 844 });
			await page.goto('/standards/production-implementation-standards');
			const box = page.getByRole('checkbox', { name: /^ActiveMemory usage standardized \(use set\/get for generic lists/ });
			await expect(box).toBeVisible();
			const label = box.locator('xpath=ancestor::label[1]');
			expect(await inlineDisplays(label)).toEqual(['inline', 'inline', 'inline']);
			// The text wraps under itself, not in columns: its first line starts right after the box.
			const [boxRect, textStart] = await label.evaluate((el) => {
				const input = el.querySelector('input')!.getBoundingClientRect();
				const strong = el.querySelector('strong')!.getBoundingClientRect();
				return [input.right, strong.left];
			});
			expect(textStart - boxRect).toBeLessThan(16);
		});
	}

	test('a custom standard’s task with bold and code reads as one sentence', async ({ page }) => {
		await addCustomStandard(page, 'Inline', '# Inline\n\n## Checks\n\n- [ ] No `Any` types in **public** signatures\n');
		await page.getByRole('link', { name: 'Inline' }).first().click();
		const box = page.getByRole('checkbox', { name: 'No Any types in public signatures' });
		await expect(box).toBeVisible();
		expect(await inlineDisplays(box.locator('xpath=ancestor::label[1]'))).toEqual(['inline', 'inline']);
	});
});
