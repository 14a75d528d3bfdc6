import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './helpers';
import { showExports, waitForHydration } from './review-helpers';

const SELF_QA = [
	'Feature manually tested',
	'Unit tests added (≥ 85% coverage)',
	'Tenant isolation verified',
	'Logs validated (include tenant_id)',
	'No linter errors',
	'No ignored errors',
	'Cache keys tenant scoped',
	'Timeouts configured',
	'Async/await patterns correct',
	'Type hints added',
	'Documentation updated'
];

const CHIPS: [label: string, chip: string][] = [
	['Concurrency', 'Thread-safe via RLock'],
	['Dependencies', 'No changes'],
	['Failure Modes', 'Graceful degradation via fallback'],
	['Resources', 'Proper cleanup via context manager'],
	['Tests', 'Added test_feature_happy_path + test_feature_failure']
];

async function startReview(page: Page, pr: string, role: 'Author' | 'Reviewer' = 'Author'): Promise<void> {
	await page.goto('/review/new');
	await waitForHydration(page);
	await page.getByLabel('Pull request').fill(pr);
	if (role === 'Reviewer') await page.getByRole('radio', { name: 'Reviewer' }).check();
	await page.getByRole('button', { name: 'Start review' }).click();
	await page.waitForURL(/\/review\/(?!new)[^/?]+/);
	await showExports(page);
}

const itemRow = (page: Page, text: string | RegExp): Locator => page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: text }) });

async function tick(page: Page, text: string): Promise<void> {
	const box = page.getByRole('checkbox', { name: text, exact: true });
	await box.check();
	await expect(box).toBeChecked();
}

async function markNa(page: Page, text: string, reason: string): Promise<void> {
	const row = itemRow(page, text);
	await row.getByRole('button', { name: 'N/A', exact: true }).click();
	await row.getByLabel('Reason for N/A').fill(reason);
	await row.getByRole('button', { name: 'Mark N/A' }).click();
	await expect(row.getByText(`Reason: ${reason}`)).toBeVisible();
}

async function answerTierOne(page: Page): Promise<void> {
	for (const [label, chip] of CHIPS) {
		await page.getByRole('group', { name: `Suggested answers for ${label}` }).getByRole('button', { name: chip }).click();
		await expect(page.getByLabel(`${label}:`)).toHaveValue(chip);
	}
}

async function clipboardText(page: Page): Promise<string> {
	return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('exports', () => {
	// Long flows (17 and 54 items, then axe over the whole workbook).
	test.describe.configure({ timeout: 90_000 });

	test('an author review from a PR URL to a copied commit message and PR Self-QA block', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'https://github.com/acme/widgets/pull/42/files');
		const panel = page.getByRole('region', { name: 'Export' });
		await expect(panel.getByText('Not complete yet')).toBeVisible();

		await answerTierOne(page);
		for (const text of SELF_QA) await tick(page, text);
		await markNa(page, 'Benchmarks added (if applicable)', 'No hot path touched');
		await expect(panel.getByText(/still open/)).toHaveCount(0);

		// The composer: type, scope, description; the preview follows as typed.
		await panel.getByLabel('Type', { exact: true }).selectOption('fix');
		await panel.getByLabel('Scope (optional)').fill('cache');
		await panel.getByLabel('Description', { exact: true }).fill('Retry cache writes on timeout');
		await expect(panel.getByText(/Start the description with a lower-case letter/)).toBeVisible();
		await panel.getByLabel('Description', { exact: true }).fill('retry cache writes on timeout');
		await expect(panel.getByText(/Start the description with a lower-case letter/)).toHaveCount(0);
		const preview = panel.getByRole('textbox', { name: 'Commit message', exact: true });
		await expect(preview).toHaveJSProperty('readOnly', true);
		await expect(preview).toHaveValue(/^fix\(cache\): retry cache writes on timeout\n/);

		await panel.getByRole('button', { name: 'Copy Commit message' }).click();
		await expect(panel.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		const commit = await clipboardText(page);
		expect(commit.split('\n')[0]).toBe('fix(cache): retry cache writes on timeout');
		expect(commit).toContain('**Tier 1 Checks:**\n- Concurrency: Thread-safe via RLock\n- Dependencies: No changes\n');
		expect(commit).toContain('- Tests: Added test_feature_happy_path + test_feature_failure');
		expect(commit.trimEnd().endsWith('Refs: #42')).toBe(true);

		// The fields were saved: a reload shows them.
		await page.reload();
		await showExports(page);
		await expect(page.getByRole('region', { name: 'Export' }).getByLabel('Description', { exact: true })).toHaveValue('retry cache writes on timeout');
		await expect(page.getByRole('region', { name: 'Export' }).getByLabel('Type', { exact: true })).toHaveValue('fix');

		const block = page.getByRole('textbox', { name: 'PR Self-QA block' });
		await page.getByRole('checkbox', { name: 'Include the tier checks' }).check();
		await expect(block).toHaveValue(/Shared state analysis/);
		await page.getByRole('button', { name: 'Copy PR Self-QA block' }).click();
		await expect(page.getByRole('region', { name: 'PR Self-QA block' }).getByRole('status')).toHaveText('Copied');
		const pr = await clipboardText(page);
		expect(pr).toMatch(/^### PR Self-QA\n/);
		expect(pr).toContain('- [x] Feature manually tested');
		expect(pr).toMatch(/- \[x\] ~~Benchmarks added \(if applicable\)~~ — \*\*N\/A:\*\* No hot path touched/);
		expect(pr).not.toContain('- [ ]');
		expect(pr).toMatch(/\n<!-- shipshape:v2 [^\n]+ -->$/);

		// Complete: the review can be marked so.
		await page.getByRole('button', { name: 'Mark review complete' }).click();
		await expect(page.getByText('This review is marked complete.')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('open items are listed per export and jump to the item', async ({ page }) => {
		await startReview(page, 'acme/widgets#43');
		const commit = page.getByRole('region', { name: 'Commit' });
		await expect(commit.getByText('5 items still open')).toBeVisible();
		await page.getByRole('group', { name: 'Suggested answers for Concurrency' }).getByRole('button', { name: 'No shared state' }).click();
		await expect(commit.getByText('4 items still open')).toBeVisible();
		const list = page.getByRole('list', { name: 'Open items in the PR Self-QA block' });
		await expect(list.getByRole('button')).toHaveCount(5);
		await expect(page.getByText('…and 7 more.')).toBeVisible();
		await list.getByRole('button', { name: 'Tenant isolation verified' }).click();
		await expect(page.getByRole('checkbox', { name: 'Tenant isolation verified' })).toBeFocused();
	});

	test('Copy falls back to selecting the text when the clipboard is refused; Download .md saves the text', async ({ page }) => {
		await startReview(page, 'acme/widgets#44');
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', {
				configurable: true,
				value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) }
			});
		});
		const region = page.getByRole('region', { name: 'Commit' });
		await region.getByRole('button', { name: 'Copy Commit message' }).click();
		await expect(region.getByRole('status').filter({ hasText: 'Press Ctrl+C (⌘C) to copy' })).toBeVisible();
		const field = region.getByRole('textbox', { name: 'Commit message', exact: true });
		await expect(field).toBeFocused();
		const selection = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
		expect(selection[0]).toBe(0);
		expect(selection[1]).toBe(selection[2]);

		// No clipboard at all: the same fallback, never silence.
		await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined }));
		await page.getByRole('button', { name: 'Copy PR Self-QA block' }).click();
		await expect(page.getByRole('region', { name: 'PR Self-QA block' }).getByRole('status')).toHaveText('Press Ctrl+C (⌘C) to copy');

		const download = page.waitForEvent('download');
		await region.getByRole('button', { name: /^Download \.txt/ }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('shipshape-acme-widgets-44-commit.txt');
		expect(await readFile(await file.path(), 'utf8')).toBe(await field.inputValue());
	});

	test('a reviewer review to a summary with a blocking P0', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await startReview(page, 'https://github.com/acme/widgets/pull/45', 'Reviewer');
		const row = itemRow(page, /^Timeout configured\?/);
		await row.getByRole('button', { name: 'Fail' }).click();
		await row.getByRole('textbox').fill('The HTTP client in fetchSpans has no timeout');
		await row.getByRole('button', { name: 'Save note' }).click();
		await expect(row.getByText('The HTTP client in fetchSpans has no timeout')).toBeVisible();

		const summary = page.getByRole('textbox', { name: 'Review summary' });
		await expect(summary).toHaveJSProperty('readOnly', true);
		await expect(summary).toHaveValue(/^\*\*Review of \[acme\/[\w-]+#\d+\]\(https:\/\/github\.com\/[^)]+\)\*\*\n\n\*\*Verdict: Request changes\*\* — \d+ blocking \(P0\) issues?/);
		await expect(summary).toHaveValue(/\*\*Blocking \(P0\) failures\*\*\n- Timeout configured\?[^\n]*\n {2}> The HTTP client in fetchSpans has no timeout/);

		const blocking = page.getByRole('list', { name: 'Blocking (P0) checks' });
		await expect(blocking.getByRole('button', { name: /^Timeout configured\?.*\(failed\)$/ })).toBeVisible();

		await page.getByRole('button', { name: 'Copy Review summary' }).click();
		await expect(page.getByRole('region', { name: 'Review summary' }).getByRole('status')).toHaveText('Copied');
		expect(await clipboardText(page)).toMatch(/^\*\*Review of .*\n\n\*\*Verdict: Request changes\*\*/);
		await expectNoAxeViolations(page);
	});
});
