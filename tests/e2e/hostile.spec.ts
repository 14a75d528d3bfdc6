import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { addCustomStandard, startReview } from './data-flows';
import { waitForHydration } from './review-helpers';

const corpus = readFileSync(new URL('../fixtures/hostile.md', import.meta.url), 'utf8');

declare global {
	interface Window {
		__xss?: unknown;
	}
}

/** Everything in the live DOM that could run script. */
async function dangers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const el of Array.from(document.querySelectorAll('*'))) {
			for (const { name, value } of Array.from(el.attributes)) {
				if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
				if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(name) && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
					found.push(`${el.tagName}[${name}=${value}]`);
				}
			}
			// The app has forms of its own: only rendered content (the document, item texts) must not.
			const inContent = el.closest('.prose, [data-item-id]') !== null;
			if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName) || (inContent && ['FORM', 'SCRIPT', 'SVG', 'MATH', 'STYLE', 'META'].includes(el.tagName.toUpperCase()))) {
				found.push(el.tagName);
			}
		}
		for (const a of Array.from(document.querySelectorAll('main a[href^="http"]'))) {
			if (new URL((a as HTMLAnchorElement).href).origin !== location.origin && a.getAttribute('rel') !== 'noopener noreferrer') found.push(`rel of ${a.outerHTML}`);
		}
		return found;
	});
}

/**
 * Wait for what a handler would need: every image has loaded or failed (an
 * onerror would have run by then), and the page has painted twice since.
 */
async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
	await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		window.__xss = undefined;
	});
});

test('the hostile corpus, as a custom standard, runs nothing: reading page and review', async ({ page }) => {
	await addCustomStandard(page, 'Hostile', corpus);
	await page.getByRole('link', { name: 'Hostile' }).first().click();
	await expect(page).toHaveURL(/\/standards\/custom\/custom-hostile$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Hostile Standard' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /Item with a safe external link/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'safe external link' })).toHaveAttribute('rel', 'noopener noreferrer');
	await settled(page);
	expect(await page.evaluate(() => window.__xss)).toBeUndefined();
	expect(await dangers(page)).toEqual([]);

	await startReview(page, 'acme/hostile#1', { checklists: ['Checks · 6 items'] });
	await expect(page.getByRole('checkbox', { name: /Item with a safe external link/ })).toBeVisible();
	const box = page.getByRole('checkbox', { name: /Plain item with a markdown javascript link/ });
	await box.check();
	await expect(box).toBeChecked();
	await settled(page);
	expect(await page.evaluate(() => window.__xss)).toBeUndefined();
	expect(await dangers(page)).toEqual([]);
});

test('custom standards: add, read, rename, remove; clear messages for bad input', async ({ page }) => {
	await addCustomStandard(page, 'Team API rules', '# API rules\n\nOur rules.\n\n## Checks\n\n- [ ] Endpoints are versioned\n- [ ] Errors use problem+json\n');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Team API rules' }).first().click();
	await expect(page.getByRole('checkbox', { name: 'Endpoints are versioned' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto('/standards');
	const mine = page.getByRole('list', { name: 'Added by you' });
	await mine.getByRole('button', { name: 'Rename “Team API rules”' }).click();
	await page.getByLabel('New title for “Team API rules”').fill('API rules v2');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(mine.getByRole('link', { name: 'API rules v2' })).toBeVisible();

	await page.getByText('Add a standard').click();
	const add = page.getByRole('button', { name: 'Add standard' });
	await add.click();
	await expect(page.getByRole('alert')).toHaveText('This standard is empty.');
	await page.getByLabel('Markdown', { exact: true }).fill('# Just prose\n\nNo checklist here.');
	await add.click();
	await expect(page.getByRole('alert')).toContainText('has no checklist');
	await page.getByLabel('Upload a .md file').setInputFiles({ name: 'logo.md', mimeType: 'text/markdown', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
	await expect(page.getByRole('alert')).toContainText('binary');
	await page.getByLabel('Upload a .md file').setInputFiles({ name: 'big.md', mimeType: 'text/markdown', buffer: Buffer.alloc(2 * 1024 * 1024, 65) });
	await expect(page.getByRole('alert')).toHaveText('This standard is 2 MB; the limit is 1 MB.');

	await mine.getByRole('button', { name: 'Remove “API rules v2”…' }).click();
	await mine.getByRole('button', { name: 'Remove “API rules v2”', exact: true }).click();
	await expect(mine).toHaveCount(0);
	await expect(page.getByText('None yet.')).toBeVisible();
});

test('a custom standard is offered in the new-review form, unticked', async ({ page }) => {
	await addCustomStandard(page, 'Ours', '# Ours\n\n## Release\n\n- [ ] Changelog updated\n');
	await page.goto('/review/new?role=author');
	await waitForHydration(page);
	const box = page.getByRole('checkbox', { name: /Release · 1 item/ });
	await page.getByText('Ours', { exact: true }).click();
	await expect(box).not.toBeChecked();
	await startReview(page, 'acme/ours#3', { role: 'author', checklists: ['Release · 1 item'] });
	await expect(page.getByRole('checkbox', { name: 'Changelog updated' })).toBeVisible();
});
