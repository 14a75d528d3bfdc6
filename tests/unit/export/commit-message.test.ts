import { describe, expect, it } from 'vitest';
import type { StandardSummary } from '$lib/content/schema';
import { commitMessage, commitWarnings } from '$lib/export/commit-message';
import { answers, authorSession, PCC, productionCode, STANDARDS, t1, t2, t3, typicalAuthorAnswers } from '../../fixtures/export-fixtures';

const ALL_TIERS = [`${PCC}/datastore`, `${PCC}/security`];

describe('commitMessage', () => {
	it('writes every applicable tier in the standard format', () => {
		const session = authorSession({ triggers: ALL_TIERS, commit: { type: 'feat', scope: 'tracer', description: 'add span cache', breaking: '', refs: true } });
		const specs = answers(session.id, {
			[t2('datastore-concurrency')]: { state: 'done', answer: 'External locking added' },
			[t2('connection-lifecycle')]: { state: 'na', note: 'no connections' },
			[t3('security')]: { state: 'done', answer: 'Credentials from env vars, input sanitized' }
		});
		expect(commitMessage({ session, answers: [...typicalAuthorAnswers(), ...specs], standards: STANDARDS })).toMatchInlineSnapshot(`
			"feat(tracer): add span cache

			**Tier 1 Checks:**
			- Concurrency: Thread-safe via RLock
			- Dependencies: No changes
			- Failure Modes: N/A (pure function, nothing fails)
			- Resources: Proper cleanup via context manager
			- Tests: (not answered)

			**Tier 2 Checks (if applicable):**
			- Datastore Concurrency: External locking added
			- Connection Lifecycle: N/A (no connections)
			- Async/Threading: (not answered)

			**Tier 3 Checks (if applicable):**
			- Workflow: (not answered)
			- Performance: (not answered)
			- Security: Credentials from env vars, input sanitized

			Refs: #123"
		`);
	});

	it('leaves out tiers that do not apply (tier 1 only)', () => {
		const session = authorSession();
		expect(commitMessage({ session, answers: typicalAuthorAnswers(), standards: STANDARDS })).toMatchInlineSnapshot(`
			"feat(tracer): add span cache with lru eviction

			**Tier 1 Checks:**
			- Concurrency: Thread-safe via RLock
			- Dependencies: No changes
			- Failure Modes: N/A (pure function, nothing fails)
			- Resources: Proper cleanup via context manager
			- Tests: (not answered)"
		`);
	});

	it('writes N/A with its reason everywhere', () => {
		const session = authorSession({ tierOverrides: { [`${PCC}/2`]: true } });
		const ids = [...Object.keys(session.items)];
		const na = answers(session.id, Object.fromEntries(ids.map((id, i) => [id, { state: 'na' as const, note: i % 2 ? 'not touched' : '' }])));
		expect(commitMessage({ session, answers: na, standards: STANDARDS })).toMatchInlineSnapshot(`
			"feat(tracer): add span cache with lru eviction

			**Tier 1 Checks:**
			- Concurrency: N/A
			- Dependencies: N/A (not touched)
			- Failure Modes: N/A
			- Resources: N/A (not touched)
			- Tests: N/A

			**Tier 2 Checks (if applicable):**
			- Datastore Concurrency: N/A (not touched)
			- Connection Lifecycle: N/A
			- Async/Threading: N/A (not touched)"
		`);
	});

	it('can leave unanswered items out', () => {
		const session = authorSession();
		const text = commitMessage({ session, answers: typicalAuthorAnswers(), standards: STANDARDS }, { unanswered: 'omit' });
		expect(text).not.toContain('Tests:');
		expect(text).toContain('- Resources: Proper cleanup via context manager');
	});

	it('folds multi-line answers and wraps long ones under 100 characters with an indent', () => {
		const session = authorSession({ commit: { type: 'fix', scope: '', description: 'close pools on reload', breaking: 'reload() now closes every pooled connection before it reconnects, so callers holding a connection must reacquire it afterwards', refs: true } });
		const long = answers(session.id, {
			[t1('concurrency')]: { state: 'done', answer: 'Thread-safe via RLock\n  around the pool map;\r\nreaders take a snapshot' },
			[t1('failure-modes')]: { state: 'done', answer: 'Graceful degradation via fallback to the cached configuration when the remote sampler cannot be reached within the configured timeout of 5 seconds, retried with jitter' }
		});
		const text = commitMessage({ session, answers: long, standards: STANDARDS });
		expect(text.split('\n').every((l) => l.length <= 100)).toBe(true);
		expect(text).toMatchInlineSnapshot(`
			"fix!: close pools on reload

			**Tier 1 Checks:**
			- Concurrency: Thread-safe via RLock around the pool map; readers take a snapshot
			- Dependencies: (not answered)
			- Failure Modes: Graceful degradation via fallback to the cached configuration when the remote
			  sampler cannot be reached within the configured timeout of 5 seconds, retried with jitter
			- Resources: (not answered)
			- Tests: (not answered)

			BREAKING CHANGE: reload() now closes every pooled connection before it reconnects, so callers
			  holding a connection must reacquire it afterwards
			Refs: #123"
		`);
	});

	it('exports the text the session stored, in the current order, after the standard changes', () => {
		const session = authorSession();
		const [first, ...rest] = productionCode.checklists;
		if (!first) throw new Error('fixture');
		const changed: StandardSummary = {
			...productionCode,
			checklists: [
				{ ...first, items: [...first.items].reverse().filter((i) => i.id !== t1('resources')).map((i) => ({ ...i, label: `${i.label ?? ''} (renamed)` })) },
				...rest
			]
		};
		const text = commitMessage({ session, answers: typicalAuthorAnswers(), standards: [changed] });
		expect(text).toMatchInlineSnapshot(`
			"feat(tracer): add span cache with lru eviction

			**Tier 1 Checks:**
			- Tests: (not answered)
			- Failure Modes: N/A (pure function, nothing fails)
			- Dependencies: No changes
			- Concurrency: Thread-safe via RLock
			- Resources: Proper cleanup via context manager"
		`);
	});

	it('refers to GitLab merge requests with "!"', () => {
		const session = authorSession({ checklists: [], items: {}, pr: { host: 'gitlab', repo: 'group/sub/repo', number: 7, url: 'https://gitlab.com/group/sub/repo/-/merge_requests/7' } });
		expect(commitMessage({ session: { ...session, commit: { ...session.commit, refs: true } }, answers: [], standards: STANDARDS })).toMatchInlineSnapshot(`
			"feat(tracer): add span cache with lru eviction

			Refs: !7"
		`);
	});

	it('uses fields being edited when given', () => {
		const session = authorSession({ checklists: [], items: {} });
		const text = commitMessage({ session, answers: [], standards: STANDARDS }, { commit: { type: 'docs', scope: '', description: 'explain tiers', breaking: '', refs: false } });
		expect(text).toBe('docs: explain tiers');
	});
});

describe('commitWarnings', () => {
	it('explains each problem so a user knows what to change', () => {
		const warnings = commitWarnings({ type: 'Feature', scope: 'API', description: 'Added the cache.', breaking: '', refs: false });
		expect(warnings).toMatchInlineSnapshot(`
			[
			  {
			    "field": "type",
			    "level": "error",
			    "message": "Write the type in lower case: "feature".",
			    "rule": "type-case",
			  },
			  {
			    "field": "type",
			    "level": "error",
			    "message": ""Feature" is not a type commitlint accepts. Use one of: feat, fix, docs, style, refactor, perf, test, build, ci, chore, revert.",
			    "rule": "type-enum",
			  },
			  {
			    "field": "scope",
			    "level": "hint",
			    "message": "Scopes are usually lower case ("api"). commitlint's conventional config accepts this one, but many projects' configs do not.",
			    "rule": "scope-case",
			  },
			  {
			    "field": "description",
			    "level": "error",
			    "message": "Remove the full stop at the end of the description.",
			    "rule": "subject-full-stop",
			  },
			  {
			    "field": "description",
			    "level": "error",
			    "message": "Start the description with a lower-case letter ("added the cache."): commitlint rejects descriptions like "Add cache", "Add New Cache" and "ADD CACHE".",
			    "rule": "subject-case",
			  },
			]
		`);
	});

	it('has nothing to say about a valid header', () => {
		expect(commitWarnings({ type: 'feat', scope: 'tracer', description: 'add span cache', breaking: 'renamed', refs: true })).toEqual([]);
	});

	it('reports body lines over 100 characters in a hand-edited message, but not URLs', () => {
		const fields = { type: 'fix', scope: '', description: 'x', breaking: '', refs: false };
		expect(commitWarnings(fields, `fix: x\n\n${'a'.repeat(101)}`).map((w) => w.rule)).toEqual(['body-max-line-length']);
		expect(commitWarnings(fields, `fix: x\n\nsee https://example.com/${'a'.repeat(101)}`)).toEqual([]);
	});
});
