import { describe, expect, it } from 'vitest';
import { prSelfQaBlock, shownGroups } from '$lib/export/pr-block';
import type { Answer, Session } from '$lib/review/schema';
import { answers, authorSession, PCC, qa, STANDARDS, t1, typicalAuthorAnswers } from '../../fixtures/export-fixtures';
import { marked } from 'marked';
import { gfmHtml, gfmTasks, withoutComment } from './gfm';

const STATE_OF_BOX = { done: true, na: true, open: false, fail: false } as const;

/** GitHub's ticks, read by a real GFM parser, are the answers' states in line order. */
function expectTicksMatch(block: string, session: Session, rows: Answer[], count: number, includeTierChecks = true): void {
	const tasks = gfmTasks(block);
	expect(tasks).toHaveLength(count);
	const shown = shownGroups({ session, answers: rows, standards: STANDARDS }, { includeTierChecks }).flatMap((g) => g.items);
	const byId = new Map(rows.map((a) => [a.itemId, a.state]));
	expect(tasks.map((t) => t.checked)).toEqual(shown.map((i) => STATE_OF_BOX[byId.get(i.id) ?? 'open']));
}

describe('prSelfQaBlock', () => {
	it('renders the self-QA checklist with ticks, N/A, failures, notes and progress', () => {
		const session = authorSession();
		const block = prSelfQaBlock({ session, answers: typicalAuthorAnswers(), standards: STANDARDS }, { includeTierChecks: false });
		expect(withoutComment(block)).toMatchInlineSnapshot(`
			"### PR Self-QA

			- [x] Feature manually tested
			  > Tested on staging with 3 tenants
			- [x] Unit tests added (≥ 85% coverage)
			- [x] Tenant isolation verified
			- [ ] Logs validated (include tenant\\_id)
			- [x] ~~Benchmarks added (if applicable)~~ — **N/A:** No hot path touched
			- [x] No linter errors
			- [ ] No ignored errors
			- [ ] Cache keys tenant scoped
			- [ ] Timeouts configured — **Failed**
			  > HTTP client still has no timeout
			- [ ] Async/await patterns correct
			- [ ] Type hints added
			- [x] ~~Documentation updated~~ — **N/A**

			**Progress:** 4 of 12 done, 2 N/A, 5 open, 1 failed

			<!-- shipshape:v2 … -->"
		`);
		expectTicksMatch(block, session, typicalAuthorAnswers(), 12, false);
	});

	it('adds the applicable tier checks (with commit answers) when chosen', () => {
		const session = authorSession({ triggers: [`${PCC}/async`] });
		const block = prSelfQaBlock({ session, answers: typicalAuthorAnswers(), standards: STANDARDS }, { includeTierChecks: true });
		expect(withoutComment(block)).toMatchInlineSnapshot(`
			"### PR Self-QA

			- [x] Feature manually tested
			  > Tested on staging with 3 tenants
			- [x] Unit tests added (≥ 85% coverage)
			- [x] Tenant isolation verified
			- [ ] Logs validated (include tenant\\_id)
			- [x] ~~Benchmarks added (if applicable)~~ — **N/A:** No hot path touched
			- [x] No linter errors
			- [ ] No ignored errors
			- [ ] Cache keys tenant scoped
			- [ ] Timeouts configured — **Failed**
			  > HTTP client still has no timeout
			- [ ] Async/await patterns correct
			- [ ] Type hints added
			- [x] ~~Documentation updated~~ — **N/A**

			#### Tier 1 - MANDATORY FOR ALL CODE

			- [x] Shared state analysis (concurrency check) — **Concurrency:** Thread-safe via RLock
			- [x] Dependency analysis (version justification) — **Dependencies:** No changes
			- [x] ~~Failure mode analysis (graceful degradation)~~ — **N/A:** pure function, nothing fails
			- [x] Resource lifecycle (cleanup, context managers) — **Resources:** Proper cleanup via context manager
			- [ ] Test coverage (unit + failure + integration)

			#### Tier 2 - Infrastructure Code (datastores, async, I/O)

			- [ ] Datastore concurrency (external locking if needed)
			- [ ] Connection lifecycle (pooling, cleanup, stale detection)
			- [ ] Async/threading (race conditions, deadlocks, shutdown)

			**Progress:** 7 of 20 done, 3 N/A, 9 open, 1 failed

			<!-- shipshape:v2 … -->"
		`);
		expect(gfmTasks(block)).toHaveLength(12 + 5 + 3);
	});

	it('shows a block that is all N/A as complete, every box ticked', () => {
		const session = authorSession();
		const rows = answers(session.id, Object.fromEntries(Array.from({ length: 12 }, (_, i) => [qa(i + 1), { state: 'na' as const, note: i === 0 ? 'docs-only change' : '' }])));
		const block = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: false });
		expect(block).toContain('**Progress:** 0 of 12 done, 12 N/A — complete');
		expect(gfmTasks(block).every((t) => t.checked)).toBe(true);
		expect(gfmHtml(block)).toContain('<del>Feature manually tested</del> — <strong>N/A:</strong> docs-only change');
	});

	it('shows an untouched session as open with empty notes', () => {
		const session = authorSession();
		const block = prSelfQaBlock({ session, answers: [], standards: STANDARDS }, { includeTierChecks: false });
		expect(block).toContain('**Progress:** 0 of 12 done, 0 N/A, 12 open');
		expect(block).not.toContain('  >');
		expect(gfmTasks(block).some((t) => t.checked)).toBe(false);
	});

	it('keeps long and multi-line notes inside their list item', () => {
		const session = authorSession();
		const note = `${'A long note about the tests that were run against staging, '.repeat(6)}\n\nSecond paragraph\r\n   indented line   \n\n\n`;
		const rows = answers(session.id, { [qa(1)]: { state: 'done', note }, [qa(2)]: { state: 'na', note: 'reason line\nmore detail' } });
		const block = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: false });
		expect(block.split('\n').slice(2, 9).join('\n')).toMatchInlineSnapshot(`
			"- [x] Feature manually tested
			  > A long note about the tests that were run against staging, A long note about the tests that were run against staging, A long note about the tests that were run against staging, A long note about the tests that were run against staging, A long note about the tests that were run against staging, A long note about the tests that were run against staging,
			  >
			  > Second paragraph
			  > indented line
			- [x] ~~Unit tests added (≥ 85% coverage)~~ — **N/A:** reason line more detail
			- [ ] Tenant isolation verified"
		`);
		expectTicksMatch(block, session, rows, 12, false);
		expect(gfmTasks(block)[0]?.text).toContain('Second paragraph');
	});

	it('escapes markdown in titles and notes so nothing breaks the list', () => {
		const nasty = '*bold* _under_ [link](http://x) <img src=x onerror=alert(1)> `code` | pipe ~~gone~~ $x$ &amp; \\ back';
		const base = authorSession({ checklists: [`sdk-developer-guidelines/pr-self-qa-checklist`, `${PCC}/tier-1`] });
		const items = { ...base.items };
		const first = items[qa(1)];
		const conc = items[t1('concurrency')];
		if (!first || !conc) throw new Error('fixture');
		items[qa(1)] = { ...first, text: `# ${nasty}` };
		items[t1('concurrency')] = { ...conc, label: 'Con*cur*rency' };
		const session = { ...base, items };
		const noteLines = ['# heading', '- dash', '+ plus', '* star', '1. one', '2) two', '---', '===', '> quote', '```js', '    indented', '<!-- c -->', '| a | b |', '|---|---|', '[ ] box', '- [x] fake task', nasty];
		const rows = answers(session.id, {
			[qa(1)]: { state: 'done', note: noteLines.join('\n') },
			[qa(2)]: { state: 'na', note: `${nasty}\n# second` },
			[qa(3)]: { state: 'fail', note: '--> end of comment?' },
			[t1('concurrency')]: { state: 'done', answer: `${nasty}\n- with a line break` }
		});
		const block = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: true });
		expect(withoutComment(block).split('\n').slice(0, 24).join('\n')).toMatchInlineSnapshot(`
			"### PR Self-QA

			- [x] \\# \\*bold\\* \\_under\\_ \\[link\\](http://x) \\<img src=x onerror=alert(1)\\> \\\`code\\\` \\| pipe \\~\\~gone\\~\\~ \\$x\\$ \\&amp; \\\\ back
			  > \\# heading
			  > \\- dash
			  > \\+ plus
			  > \\* star
			  > 1\\. one
			  > 2\\) two
			  > \\---
			  > \\===
			  > \\> quote
			  > \\\`\\\`\\\`js
			  > indented
			  > \\<!-- c --\\>
			  > \\| a \\| b \\|
			  > \\|---\\|---\\|
			  > \\[ \\] box
			  > \\- \\[x\\] fake task
			  > \\*bold\\* \\_under\\_ \\[link\\](http://x) \\<img src=x onerror=alert(1)\\> \\\`code\\\` \\| pipe \\~\\~gone\\~\\~ \\$x\\$ \\&amp; \\\\ back
			- [x] ~~Unit tests added (≥ 85% coverage)~~ — **N/A:** \\*bold\\* \\_under\\_ \\[link\\](http://x) \\<img src=x onerror=alert(1)\\> \\\`code\\\` \\| pipe \\~\\~gone\\~\\~ \\$x\\$ \\&amp; \\\\ back # second
			- [ ] Tenant isolation verified — **Failed**
			  > \\--\\> end of comment?
			- [ ] Logs validated (include tenant\\_id)"
		`);
		expectTicksMatch(block, session, rows, 12 + 5);
		const html = gfmHtml(block);
		for (const tag of ['<h1', '<h2', '<h5', '<img', '<code', '<em', '<table', '<hr', '<ol', '<pre', '<!-- c']) {
			expect(html, tag).not.toContain(tag);
		}
		// Bare URLs are still autolinked (as GitHub does); the [link](…) markup is not a link.
		expect(html).not.toContain('>link</a>');
		// One list per group, nothing nested inside an item but the quoted note.
		expect(html.match(/<ul>/g)).toHaveLength(2);
		expect(html).toContain('# *bold* _under_ [link](<a href="http://x">http://x</a>) &lt;img src=x onerror=alert(1)&gt; `code` | pipe ~~gone~~ $x$ &amp;amp; \\ back');
	});

	it('hides the restore data in one comment without "--"', () => {
		const session = authorSession({ title: 'fix -- the --> thing <!-- x' });
		const rows = answers(session.id, { [qa(1)]: { state: 'done', note: '-- -> --> <!--' } });
		const block = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: false });
		const comments = block.match(/<!-- shipshape:v2 [^\n]*?-->/g) ?? [];
		expect(comments).toHaveLength(1);
		expect(comments[0]?.slice(4, -3)).not.toContain('--');
		// The escaped note cannot open a comment of its own: GFM sees one HTML block only.
		expect(marked.lexer(block, { gfm: true }).filter((t) => t.type === 'html')).toHaveLength(1);
		expect(block.endsWith('-->')).toBe(true);
		expect(gfmHtml(block)).toMatch(/<!-- shipshape:v2 [A-Za-z0-9+/]+ -->/);
	});
});
