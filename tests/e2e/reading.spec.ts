import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('reading mode', () => {
	test('the standards list shows every standard with its summary and reading progress', async ({ page }) => {
		await page.goto('/standards');
		await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
		const list = page.getByRole('list', { name: 'Standards' });
		await expect(list.getByRole('listitem')).toHaveCount(5);
		await expect(list.getByRole('link', { name: 'Production Reliability Checklist' })).toBeVisible();
		await expect(list.getByText(/0 of \d+ sections read/).first()).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a standard has a table of contents with working anchors and its checklists', async ({ page }) => {
		await page.goto('/standards/production-reliability-checklist');
		await expect(page.getByRole('heading', { level: 1, name: 'Production Reliability Checklist' })).toBeVisible();
		const toc = page.getByRole('navigation', { name: 'Table of contents' });
		await toc.getByRole('link', { name: /Priority Levels/ }).click();
		await expect(page).toHaveURL(/#priority-levels$/);
		await expect(page.locator('#priority-levels')).toBeInViewport();
		// Checklists are shown as checklists, each box named by its item text.
		await expect(page.getByRole('checkbox', { name: /Timeout configured\?/ })).toBeVisible();
		// Reading mode shows the pre-ticked status list as it is.
		await expect(page.getByRole('checkbox', { name: /Retries with exponential backoff/ })).toBeChecked();
		// The heading itself links to its anchor.
		await expect(page.locator('#priority-levels a.heading-link')).toHaveAttribute('href', '#priority-levels');
		await expectNoAxeViolations(page);
	});

	test('the markdown-fenced code review checklist is rendered as a checklist', async ({ page }) => {
		await page.goto('/standards/production-code-quality-standards');
		await expect(page.getByRole('checkbox', { name: 'No hardcoded secrets or credentials' })).toBeVisible();
		await expect(page.getByText('â€')).toHaveCount(0);
	});

	test('mark as read survives a reload and shows on the list', async ({ page }) => {
		await page.goto('/standards/production-reliability-checklist');
		const button = page.getByRole('button', { name: 'Mark “Priority Levels” as read' });
		await button.click();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toHaveAttribute('aria-pressed', 'true');
		await page.reload();
		await expect(page.getByRole('button', { name: 'Mark “Priority Levels” as unread' })).toBeVisible();
		await page.goto('/standards');
		await expect(page.getByText(/^1 of \d+ sections read/)).toBeVisible();
	});

	test('search finds words across standards and jumps to the section', async ({ page }) => {
		await page.goto('/standards');
		await page.getByLabel('Search the standards').fill('circuit breaker');
		const results = page.getByRole('list', { name: 'Search results' });
		await expect(results.getByRole('link').first()).toBeVisible();
		await results.getByRole('link', { name: /External Dependencies/ }).first().click();
		await expect(page).toHaveURL(/production-reliability-checklist(\?hl=[^#]*)?#1-external-dependencies$/);
		await expect(page.locator('[id="1-external-dependencies"]')).toBeInViewport();
	});

	test('words typed before the page has started still search', async ({ page }) => {
		// Hold the app's scripts back so the prerendered box is typed into first.
		await page.route('**/_app/immutable/**', async (route) => {
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await page.goto('/standards', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Search the standards').fill('idempotent');
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
	});

	test('search says so when nothing matches', async ({ page }) => {
		await page.goto('/standards');
		await page.getByLabel('Search the standards').fill('zzzqqq');
		await expect(page.getByText('No section matches.')).toBeVisible();
	});
});

test('the home page leads to the three uses and shows the 5-second rule', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Start a review' })).toHaveAttribute('href', '/review/new?role=reviewer');
	await expect(page.getByRole('link', { name: 'Start as author' })).toHaveAttribute('href', '/review/new?role=author');
	await expect(page.getByRole('link', { name: 'Open the standards' })).toHaveAttribute('href', '/standards');
	const rule = page.getByRole('region', { name: 'The 5-second rule' });
	await expect(rule.getByRole('listitem')).toHaveCount(5);
	await expect(rule).toContainText('Shared state?');
	await expectNoAxeViolations(page);
});

test('keyboard only: skip link, navigation and a section anchor', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.goto('/standards');
	const first = page.getByRole('list', { name: 'Standards' }).getByRole('link').first();
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
});
