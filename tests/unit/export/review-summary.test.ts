import { describe, expect, it } from 'vitest';
import { reviewSummary } from '$lib/export/review-summary';
import { answers, reviewerSession, rv, STANDARDS } from '../../fixtures/export-fixtures';

const summary = (specs: Parameters<typeof answers>[1]): string => {
	const session = reviewerSession();
	return reviewSummary({ session, answers: answers(session.id, specs), standards: STANDARDS });
};

describe('reviewSummary', () => {
	it('puts blocking P0 failures first, then other failures, open P0 checks, passes and N/A', () => {
		expect(
			summary({
				[rv('timeout')]: { state: 'fail', note: 'requests.get(url) has no timeout\nsee client.py:42' },
				[rv('retry')]: { state: 'fail', note: 'no backoff' },
				[rv('idempotent')]: 'done',
				[rv('memory')]: { state: 'done', note: 'LRU with maxsize' },
				[rv('logged')]: { state: 'na', note: 'no new error paths' }
			})
		).toMatchInlineSnapshot(`
			"**Review of [honeyhive/python-sdk#123](https://github.com/honeyhive/python-sdk/pull/123)**

			**Verdict: Request changes** — 3 blocking (P0) issues (1 failed, 2 not checked yet)

			Progress: 5 of 7 checked (2 passed, 2 failed, 1 N/A), 2 open

			**Blocking (P0) failures**
			- Timeout configured? Every HTTP call, database query, external API has a timeout
			  > requests.get(url) has no timeout
			  > see client.py:42

			**Other failures**
			- **[P1]** Retry logic? Transient failures are retried with exponential backoff
			  > no backoff

			**Open P0 checks (unresolved, blocking)**
			- Connections closed? Database/HTTP connections properly closed in finally blocks
			- Silent failures avoided? No bare except: pass

			<details><summary>Passed (2)</summary>

			- Idempotent? Can be safely retried without duplicates
			- Memory bounded? Lists, queues, caches have size limits (LRU with maxsize)

			</details>

			<details><summary>N/A (1)</summary>

			- Errors logged? All exceptions logged with context (no new error paths)

			</details>"
		`);
	});

	it('says there are no blocking issues when every P0 passed', () => {
		expect(
			summary({
				[rv('timeout')]: 'done',
				[rv('idempotent')]: 'done',
				[rv('connections')]: 'done',
				[rv('silent')]: { state: 'na', note: '' },
				[rv('retry')]: { state: 'fail', note: '' }
			})
		).toMatchInlineSnapshot(`
			"**Review of [honeyhive/python-sdk#123](https://github.com/honeyhive/python-sdk/pull/123)**

			**Verdict: Comment** — no blocking issues, 1 non-blocking failure to consider

			Progress: 5 of 7 checked (3 passed, 1 failed, 1 N/A), 2 open

			**Other failures**
			- **[P1]** Retry logic? Transient failures are retried with exponential backoff

			**Open (2)**
			- **[P1]** Memory bounded? Lists, queues, caches have size limits
			- **[P2]** Errors logged? All exceptions logged with context

			<details><summary>Passed (3)</summary>

			- Timeout configured? Every HTTP call, database query, external API has a timeout
			- Idempotent? Can be safely retried without duplicates
			- Connections closed? Database/HTTP connections properly closed in finally blocks

			</details>

			<details><summary>N/A (1)</summary>

			- Silent failures avoided? No bare except: pass

			</details>"
		`);
	});

	it('counts unresolved P0 checks as blocking', () => {
		const text = summary({});
		expect(text.split('\n')[2]).toBe('**Verdict: Request changes** — 4 blocking (P0) issues (4 not checked yet)');
		expect(text).toContain('Progress: 0 of 7 checked (0 passed, 0 failed, 0 N/A), 7 open');
	});

	it('escapes markdown in comments and keeps multi-line comments under their item', () => {
		const text = summary({ [rv('retry')]: { state: 'fail', note: '# not a heading\n<script>x</script> *a* | b' } });
		expect(text).toContain('- **[P1]** Retry logic? Transient failures are retried with exponential backoff\n  > \\# not a heading\n  > \\<script\\>x\\</script\\> \\*a\\* \\| b');
	});

	it('is all clear when everything passed or is N/A', () => {
		const specs = Object.fromEntries(['timeout', 'retry', 'idempotent', 'connections', 'memory', 'logged', 'silent'].map((k, i) => [rv(k), i % 3 ? 'done' : 'na'] as const));
		expect(summary(specs).split('\n').slice(2, 5)).toEqual(['**Verdict: Approve** — no blocking issues', '', 'Progress: 7 of 7 checked (4 passed, 0 failed, 3 N/A), 0 open']);
	});

	it('escapes item texts that start a block and neutralises mentions, like the PR block (one escaper)', () => {
		const session = reviewerSession();
		const items = Object.fromEntries(Object.entries(session.items).map(([id, item], i) => [id, { ...item, text: ['# Heading?', '1. Numbered', '- Dashed', '@org/team approved #12', 'b', 'c', 'd'][i] ?? item.text }]));
		const text = reviewSummary({ session: { ...session, items }, answers: answers(session.id, { [rv('timeout')]: 'done', [rv('retry')]: 'done', [rv('idempotent')]: 'done', [rv('memory')]: { state: 'fail', note: 'ask @octocat, see #99' } }), standards: STANDARDS });
		expect(text).toContain('- \\# Heading?');
		expect(text).toContain('- 1\\. Numbered');
		expect(text).toContain('- \\- Dashed');
		expect(text).not.toMatch(/@octocat|#99|@org|#12\b/);
	});
});
