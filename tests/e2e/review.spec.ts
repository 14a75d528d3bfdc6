import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { itemRow, startReview, waitSaved, waitForHydration } from './review-helpers';

const CONCURRENCY = 'Shared state analysis (concurrency check)';
const DEPENDENCY = 'Dependency analysis (version justification)';

test.describe('review sessions', () => {
	test('an invalid pull request gets an inline message that says what is accepted', async ({ page }) => {
		await page.goto('/review/new');
		await waitForHydration(page);
		await page.getByLabel('Pull request').fill('https://example.com/not/a/pr');
		await page.getByRole('button', { name: 'Start review' }).click();
		await expect(page.getByRole('alert')).toContainText('github.com');
		await expect(page.getByLabel('Pull request')).toHaveAttribute('aria-invalid', 'true');
		await expect(page).toHaveURL(/\/review\/new/);
		await expectNoAxeViolations(page);
	});

	test('an author review from a PR URL: 5-second rule fills answers, tiers switch on and off', async ({ page }) => {
		await startReview(page, 'https://github.com/acme/widgets/pull/42/files', 'Author', 'Add span cache');
		await expect(page.getByRole('heading', { level: 1, name: 'Add span cache' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'acme/widgets#42' })).toBeVisible();

		const rule = page.getByRole('region', { name: 'The 5-second rule' });
		await rule.getByRole('group', { name: /Shared state\?/ }).getByRole('button', { name: 'No' }).click();
		await expect(itemRow(page, CONCURRENCY).getByRole('checkbox')).toBeChecked();
		await expect(page.getByLabel('Concurrency:')).toHaveValue('No shared state');
		await rule.getByRole('group', { name: /Dependency\?/ }).getByRole('button', { name: 'Yes' }).click();
		await expect(itemRow(page, DEPENDENCY).getByRole('checkbox')).not.toBeChecked();
		// Changing the answer to yes reopens what the "no" filled.
		await rule.getByRole('group', { name: /Shared state\?/ }).getByRole('button', { name: 'Yes' }).click();
		await expect(itemRow(page, CONCURRENCY).getByRole('checkbox')).not.toBeChecked();

		// Tier 2 only applies once a trigger is ticked.
		await expect(page.getByRole('heading', { name: /Tier 2$/ })).toHaveCount(0);
		await page.getByRole('checkbox', { name: /^Datastores/ }).check();
		await expect(page.getByRole('heading', { name: /Tier 2$/ })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /^Datastore concurrency/ })).toBeVisible();
		await page.getByRole('checkbox', { name: /^Datastores/ }).uncheck();
		await expect(page.getByRole('heading', { name: /Tier 2$/ })).toHaveCount(0);
		await page.getByLabel('Tier 3:').selectOption('on');
		await expect(page.getByRole('heading', { name: /Tier 3$/ })).toBeVisible();
		await waitSaved(page);
		await expectNoAxeViolations(page);
	});

	test('ticking, N/A with a reason, fail and notes; the state is there after a reload', async ({ page }) => {
		await startReview(page, 'acme/api#7', 'Reviewer');
		const timeout = itemRow(page, /^Timeout configured\?/);
		// An unanswered P0 is work to do, not yet "Blocking"; a failed one is.
		await expect(timeout.getByText('Blocking')).toHaveCount(0);
		await timeout.getByRole('button', { name: 'Fail' }).click();
		await expect(timeout.getByText('Blocking')).toBeVisible();
		await page.getByLabel('What failed', { exact: true }).fill('requests.get has no timeout');
		await page.getByRole('button', { name: 'Save note' }).click();
		await expect(timeout.getByText('Note: requests.get has no timeout')).toBeVisible();

		const retry = itemRow(page, /^Retry logic\?/);
		await retry.getByRole('checkbox').check();

		const breaker = itemRow(page, /^Circuit breaker\?/);
		await breaker.getByRole('button', { name: 'N/A' }).click();
		await page.getByRole('button', { name: 'Mark N/A' }).click();
		await expect(page.getByRole('alert')).toContainText('Say why');
		await page.getByLabel('Reason for N/A').fill('No external services');
		await page.getByRole('button', { name: 'Mark N/A' }).click();
		await expect(breaker.getByText('Reason: No external services')).toBeVisible();

		const fallback = itemRow(page, /^Fallback behavior\?/);
		await fallback.getByRole('button', { name: 'Note' }).click();
		await page.getByLabel('Note').fill('Falls back to cache');
		await page.getByRole('button', { name: 'Save note' }).click();
		await waitSaved(page);

		await page.reload();
		await expect(timeout.getByText('Failed')).toBeVisible();
		await expect(timeout.getByText('Note: requests.get has no timeout')).toBeVisible();
		await expect(retry.getByRole('checkbox')).toBeChecked();
		await expect(breaker.getByText('N/A', { exact: true })).toBeVisible();
		await expect(fallback.getByText('Note: Falls back to cache')).toBeVisible();
		// The failed item is judged but not finished: ticked and N/A count, the failure does not.
		await expect(page.getByLabel(/^Overall progress: 2 of \d+ finished/)).toBeVisible();
	});

	test('closing the page right after a tick keeps the tick', async ({ page, context }) => {
		const url = await startReview(page, 'acme/api#8', 'Reviewer');
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		// No wait for "saved": the tab is closed at once (the page may hold the
		// close until its write is stored; Playwright dismisses that prompt).
		await page.close({ runBeforeUnload: true });
		const again = await context.newPage();
		await again.goto(url);
		await expect(itemRow(again, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
	});

	test('two pages on one session tick different items and both are kept', async ({ page, context }) => {
		const url = await startReview(page, 'acme/api#9', 'Reviewer');
		const other = await context.newPage();
		await other.goto(url);
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').check();
		await itemRow(other, /^Atomic\?/).getByRole('checkbox').check();
		// Each page sees the other's tick live.
		await expect(itemRow(page, /^Atomic\?/).getByRole('checkbox')).toBeChecked();
		await expect(itemRow(other, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
		await page.reload();
		await expect(itemRow(page, /^Idempotent\?/).getByRole('checkbox')).toBeChecked();
		await expect(itemRow(page, /^Atomic\?/).getByRole('checkbox')).toBeChecked();
	});

	test('a second review of the same PR and role opens the existing one', async ({ page }) => {
		const first = await startReview(page, 'https://github.com/acme/api/pull/10', 'Reviewer');
		await page.goto('/review/new?role=reviewer');
		await waitForHydration(page);
		await page.getByLabel('Pull request').fill('acme/api#10');
		await page.getByRole('button', { name: 'Start review' }).click();
		await expect(page.getByText('You already had a reviewer review')).toBeVisible();
		expect(page.url().split('?')[0]).toBe(first.split('?')[0]);
	});

	test('keyboard only: a whole review without the mouse', async ({ page }) => {
		await startReview(page, 'acme/kb#1', 'Reviewer');
		await itemRow(page, /^Timeout configured\?/).getByRole('checkbox').focus();
		await page.keyboard.press('x');
		await expect(itemRow(page, /^Timeout configured\?/).getByRole('checkbox')).toBeChecked();
		await page.keyboard.press('j');
		await expect(itemRow(page, /^Retry logic\?/).getByRole('checkbox')).toBeFocused();
		await page.keyboard.press('Space');
		await expect(itemRow(page, /^Retry logic\?/).getByRole('checkbox')).toBeChecked();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('n');
		await expect(page.getByLabel('Reason for N/A')).toBeFocused();
		await page.keyboard.type('Nothing to break');
		await page.keyboard.press('Enter');
		await expect(itemRow(page, /^Circuit breaker\?/).getByText('Reason: Nothing to break')).toBeVisible();
		await expect(itemRow(page, /^Circuit breaker\?/).getByRole('checkbox')).toBeFocused();
		await page.keyboard.press('j');
		await page.keyboard.press('f');
		await expect(page.getByLabel('What failed', { exact: true })).toBeFocused();
		await page.keyboard.type('No fallback at all');
		await page.keyboard.press('Control+Enter');
		await expect(itemRow(page, /^Fallback behavior\?/).getByText('Failed')).toBeVisible();
		await page.keyboard.press('k');
		await expect(itemRow(page, /^Circuit breaker\?/).getByRole('checkbox')).toBeFocused();
		await page.keyboard.press('c');
		await expect(page.getByLabel('Note')).toBeFocused();
		await page.keyboard.press('Escape');
		// Typing never fires shortcuts.
		await page.keyboard.press('/');
		await expect(page.getByLabel('Search the items')).toBeFocused();
		await page.keyboard.type('jx');
		await expect(page.getByLabel('Search the items')).toHaveValue('jx');
		await page.getByLabel('Search the items').fill('');
		await itemRow(page, /^Idempotent\?/).getByRole('checkbox').focus();
		await page.keyboard.press('o');
		await expect(page.getByRole('button', { name: /Open only/ })).toHaveAttribute('aria-pressed', 'true');
		await expect(itemRow(page, /^Timeout configured\?/)).toHaveCount(0);
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
		await waitSaved(page);
		await page.reload();
		await expect(itemRow(page, /^Retry logic\?/).getByRole('checkbox')).toBeChecked();
	});

	test('the sessions list: search, delete and undo, start from this one', async ({ page }) => {
		await startReview(page, 'acme/search-me#11', 'Reviewer', 'Tracing cleanup');
		await startReview(page, 'other/repo#12', 'Author', 'Unrelated');
		await page.goto('/');
		const list = page.getByRole('list', { name: 'Reviews' });
		await expect(list.getByRole('listitem')).toHaveCount(2);
		await page.getByLabel('Search reviews').fill('search-me');
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await expect(list).toContainText('Tracing cleanup');
		await page.getByLabel('Search reviews').fill('12');
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await expect(list).toContainText('Unrelated');
		await page.getByLabel('Search reviews').fill('');
		await page.getByLabel('Role').selectOption('reviewer');
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await page.getByLabel('Role').selectOption('');

		await page.getByRole('button', { name: 'Delete reviewer review of acme/search-me#11' }).click();
		await expect(list.getByRole('listitem')).toHaveCount(1);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(list.getByRole('listitem')).toHaveCount(2);
		await expect(list).toContainText('Tracing cleanup');
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: /Start a new review from the settings of the author review of other\/repo#12/ }).click();
		await expect(page.getByText('Using the settings of')).toBeVisible();
		await expect(page.getByRole('radio', { name: /^Author/ })).toBeChecked();
	});

	test('start from this one: a checklist added on top of the copied ones is in the new review', async ({ page }) => {
		await startReview(page, 'acme/base#1', 'Author', 'The first one');
		await page.goto('/');
		await page.getByRole('link', { name: /Start a new review from the settings of the author review of acme\/base#1/ }).click();
		await expect(page.getByText('Using the settings of')).toBeVisible();
		await page.getByLabel('Pull request').fill('acme/base#2');
		const picker = page.getByRole('group', { name: 'Checklists to use' });
		await picker.getByText('Production Implementation Standards').click();
		await picker.getByRole('checkbox', { name: /^Pre-Commit Checklist/ }).check();
		await page.getByRole('button', { name: 'Start review' }).click();
		await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
		await expect(page.getByRole('list', { name: /^Pre-Commit Checklist/ })).toBeVisible();
		// The copied ones are there too.
		await expect(page.getByRole('list', { name: 'PR Self-QA Checklist' })).toBeVisible();
	});
});
