import { test } from '@playwright/test';
import { addCustomStandard } from './data-flows';
for (const width of [390, 1280]) {
	test(`screens ${width}`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await addCustomStandard(page, 'Team API rules', '# API rules\n\nOur rules for [APIs](https://example.com).\n\n## Checks\n\n- [ ] Endpoints are **versioned**\n- [ ] Errors use `problem+json`\n\n## Later\n\nMore.');
		await page.goto('/standards');
		await page.getByText('Add a standard').click();
		await page.getByLabel('Markdown', { exact: true }).fill('# Bad');
		await page.getByRole('button', { name: 'Add standard' }).click();
		await page.getByRole('alert').waitFor();
		await page.getByRole('heading', { name: 'Your standards' }).scrollIntoViewIfNeeded();
		await page.screenshot({ path: `/tmp/shots/standards-${width}.png`, fullPage: true });
		await page.goto('/standards/custom/custom-team-api-rules');
		await page.getByRole('checkbox').first().waitFor();
		await page.screenshot({ path: `/tmp/shots/custom-${width}.png`, fullPage: true });
		await page.goto('/settings');
		await page.getByTestId('usage').waitFor();
		await page.getByLabel('Restore from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"x"}') });
		await page.getByRole('alert').waitFor();
		await page.screenshot({ path: `/tmp/shots/settings-${width}.png`, fullPage: true });
		if (width === 390) {
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.screenshot({ path: `/tmp/shots/settings-dark-${width}.png`, fullPage: true });
			await page.goto('/standards/custom/custom-team-api-rules');
			await page.getByRole('checkbox').first().waitFor();
			await page.screenshot({ path: `/tmp/shots/custom-dark-${width}.png`, fullPage: true });
		}
	});
}
