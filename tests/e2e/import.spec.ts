import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { showExports, waitForHydration } from './review-helpers';

const TICKED = ['Feature manually tested', 'Unit tests added (≥ 85% coverage)', 'No linter errors', 'Type hints added'];
const OPEN = ['Tenant isolation verified', 'Cache keys tenant scoped', 'Documentation updated'];
const NA = { text: 'Benchmarks added (if applicable)', reason: 'No hot path touched' };
const NOTE = { text: 'Timeouts configured', note: 'Checked the HTTP client; 5 s default' };

async function makeAuthorReview(page: Page, pr: string): Promise<string> {
	await page.goto('/review/new');
	await waitForHydration(page);
	await page.getByLabel('Pull request').fill(pr);
	await page.getByRole('button', { name: 'Start review' }).click();
	await page.waitForURL(/\/review\/(?!new)[^/?]+/);
	for (const text of TICKED) {
		await page.getByRole('checkbox', { name: text, exact: true }).check();
		await expect(page.getByRole('checkbox', { name: text, exact: true })).toBeChecked();
	}
	const naRow = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: NA.text }) });
	await naRow.getByRole('button', { name: 'N/A', exact: true }).click();
	await naRow.getByLabel('Reason for N/A').fill(NA.reason);
	await naRow.getByRole('button', { name: 'Mark N/A' }).click();
	await expect(naRow.getByText(`Reason: ${NA.reason}`)).toBeVisible();
	const noteRow = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: NOTE.text }) });
	await noteRow.getByRole('button', { name: 'Note' }).click();
	await noteRow.getByLabel('Note').fill(NOTE.note);
	await noteRow.getByRole('button', { name: 'Save note' }).click();
	await expect(noteRow.getByText(`Note: ${NOTE.note}`)).toBeVisible();
	await page.getByRole('group', { name: 'Suggested answers for Concurrency' }).getByRole('button', { name: 'No shared state' }).click();
	await expect(page.getByLabel('Concurrency:')).toHaveValue('No shared state');
	await showExports(page);
	await page.getByRole('region', { name: 'Export' }).getByLabel('Description', { exact: true }).fill('add span cache');
	await expect(page.getByRole('textbox', { name: 'Commit message', exact: true })).toHaveValue(/^feat: add span cache/);
	const block = page.getByRole('textbox', { name: 'PR Self-QA block' });
	await expect(block).toHaveValue(/Progress:\*\* 4 of 12 done, 1 N\/A/);
	return block.inputValue();
}

function prBody(block: string): string {
	return `## Summary\n\nAdds a span cache with LRU eviction.\n\n${block}\n\n## Screenshots\n\nNone.\n`;
}

/** Paste and ask for the preview (nothing is written yet). */
async function importText(page: Page, text: string): Promise<void> {
	await page.goto('/review/import');
	await page.getByLabel('PR description').fill(text);
	await page.getByRole('button', { name: 'Preview the import' }).click();
}

const preview = (page: Page) => page.getByRole('region', { name: /^(Restore|Update) the review of / });

test.describe('import from a PR description', () => {
	test('restores every tick, N/A and note into a fresh browser profile; a second import changes nothing', async ({ page, browser }) => {
		const block = await makeAuthorReview(page, 'https://github.com/acme/widgets/pull/77');
		// Give the commit description a moment to be saved before the block is taken.
		await expect(page.getByRole('textbox', { name: 'PR Self-QA block' })).toHaveValue(/shipshape:v2/);

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		try {
			await importText(other, prBody(block));
			await expect(preview(other)).toContainText('A new review with 7 answers.');
			await preview(other).getByRole('button', { name: 'Restore the review' }).click();
			await other.waitForURL(/\/review\/(?!import)[^/?]+$/);
			await expect(other.getByRole('status').filter({ hasText: 'Restored the review of acme/widgets#77 (author) from the PR: 7 answers imported.' })).toBeVisible();
			for (const text of TICKED) await expect(other.getByRole('checkbox', { name: text, exact: true })).toBeChecked();
			for (const text of OPEN) await expect(other.getByRole('checkbox', { name: text, exact: true })).not.toBeChecked();
			const naRow = other.getByRole('listitem').filter({ has: other.getByRole('checkbox', { name: NA.text }) });
			await expect(naRow.getByRole('checkbox')).toBeChecked();
			await expect(naRow.getByText(`Reason: ${NA.reason}`)).toBeVisible();
			await expect(naRow.getByRole('button', { name: 'Undo N/A' })).toHaveAttribute('aria-pressed', 'true');
			const noteRow = other.getByRole('listitem').filter({ has: other.getByRole('checkbox', { name: NOTE.text }) });
			await expect(noteRow.getByRole('checkbox')).not.toBeChecked();
			await expect(noteRow.getByText(`Note: ${NOTE.note}`)).toBeVisible();
			await expect(other.getByLabel('Concurrency:')).toHaveValue('No shared state');
			await expect(other.getByRole('checkbox', { name: 'Shared state analysis (concurrency check)' })).toBeChecked();
			await showExports(other);
			await expect(other.getByRole('textbox', { name: 'PR Self-QA block' })).toHaveValue(block);

			await importText(other, prBody(block));
			await expect(preview(other)).toContainText('Nothing would change');
			await expect(preview(other).getByRole('link', { name: 'Open the review' })).toBeVisible();
		} finally {
			await fresh.close();
		}
	});

	test('a description without a block, or with a damaged one, shows the error and changes nothing', async ({ page }) => {
		await importText(page, '## Summary\n\nJust a plain PR description.\n\n- [x] Tests pass\n');
		await expect(page.getByRole('alert')).toContainText('No Shipshape PR Self-QA block was found');
		await expect(page).toHaveURL(/\/review\/import$/);

		await importText(page, '### PR Self-QA\n\n- [x] Feature manually tested\n\n<!-- shipshape:v1 eyJ2IjoxLCJwciI6eyJob3N0Ijo -->\n');
		await expect(page.getByRole('alert')).toContainText('A Shipshape block was found, but');
		await expect(page).toHaveURL(/\/review\/import$/);

		await page.goto('/');
		await expect(page.getByText('acme/widgets')).toHaveCount(0);
	});

	test('an empty paste asks for the description', async ({ page }) => {
		await page.goto('/review/import');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a review from a pull request');
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Preview the import' }).click();
		await expect(page.getByRole('alert')).toContainText('Paste a PR description first');
		await expect(page.getByLabel('PR description')).toBeFocused();
		await expectNoAxeViolations(page);
	});

	test('an older PR body: a preview of what changes, newer answers here kept unless chosen, the outcome on the review page', async ({ page }) => {
		const block = await makeAuthorReview(page, 'https://github.com/acme/widgets/pull/78');
		// Worked on after the block was copied to the PR.
		await page.getByRole('checkbox', { name: 'Tenant isolation verified', exact: true }).check();
		await expect(page.getByRole('checkbox', { name: 'Tenant isolation verified', exact: true })).toBeChecked();
		await page.getByRole('checkbox', { name: 'No linter errors', exact: true }).uncheck();
		await expect(page.getByRole('checkbox', { name: 'No linter errors', exact: true })).not.toBeChecked();
		await expect(page.getByRole('textbox', { name: 'PR Self-QA block' })).toHaveValue(/Progress:\*\* 4 of 12 done/);
		// Meanwhile someone ticked a box on GitHub.
		const onGitHub = block.replace('- [ ] Cache keys tenant scoped', '- [x] Cache keys tenant scoped');

		await importText(page, prBody(onGitHub));
		const region = preview(page);
		await expect(region.getByRole('heading')).toHaveText('Update the review of acme/widgets#78 (author)');
		await expect(region).toContainText('2 items ticked, 1 item unticked');
		await expect(region).toContainText('1 box differs from the block’s hidden data (edited on GitHub?): the visible boxes are used.');
		await expect(region).toContainText('2 answers here were changed after this block was written.');
		await expectNoAxeViolations(page);
		await region.getByRole('button', { name: 'Apply these changes' }).click();

		await page.waitForURL(/\/review\/(?!import)[^/?]+$/);
		await expect(page.getByRole('status').filter({ hasText: 'Updated the review of acme/widgets#78 (author) from the PR: 1 answer changed. 2 answers changed here after the block was written were kept.' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Tenant isolation verified', exact: true })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'No linter errors', exact: true })).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Cache keys tenant scoped', exact: true })).toBeChecked();

		// Choosing the pasted answers brings the block's back.
		await importText(page, prBody(onGitHub));
		await preview(page).getByRole('checkbox', { name: /Use the pasted answers/ }).check();
		await preview(page).getByRole('button', { name: 'Apply these changes' }).click();
		await page.waitForURL(/\/review\/(?!import)[^/?]+$/);
		await expect(page.getByRole('checkbox', { name: 'Tenant isolation verified', exact: true })).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'No linter errors', exact: true })).toBeChecked();
	});
});
