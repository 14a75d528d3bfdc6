/**
 * The generated commit messages against the REAL commitlint with
 * @commitlint/config-conventional: every valid form must pass with no
 * errors and no warnings; commitWarnings must agree with commitlint on
 * invalid forms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import lint from '@commitlint/lint';
import load from '@commitlint/load';
import type { LintOptions, QualifiedConfig } from '@commitlint/types';
import { commitMessage, commitWarnings, COMMIT_TYPES } from '$lib/export/commit-message';
import type { CommitFields, Session } from '$lib/review/schema';
import { answers, authorSession, PCC, qa, STANDARDS, t1, t2, t3, type AnswerSpec } from '../../fixtures/export-fixtures';

let config: QualifiedConfig;
let options: LintOptions;

beforeAll(async () => {
	config = await load({ extends: ['@commitlint/config-conventional'] }, { cwd: process.cwd() });
	options = { parserOpts: config.parserPreset?.parserOpts as LintOptions['parserOpts'] };
});

async function problems(message: string): Promise<string[]> {
	const outcome = await lint(message, config.rules, options);
	return [...outcome.errors, ...outcome.warnings].map((p) => `${p.name}: ${p.message}`);
}

const ALL_TIERS = { triggers: [`${PCC}/datastore`, `${PCC}/security`] };
const LONG = 'Graceful degradation via fallback to the cached tracer configuration when the remote sampler is unreachable, with jittered retries, '.repeat(3).slice(0, 300);

function allAnswered(value: AnswerSpec): Record<string, AnswerSpec> {
	const ids = [t1('concurrency'), t1('dependencies'), t1('failure-modes'), t1('resources'), t1('tests'), t2('datastore-concurrency'), t2('connection-lifecycle'), t2('async-threading'), t3('workflow'), t3('performance'), t3('security')];
	return Object.fromEntries(ids.map((id) => [id, value]));
}

interface Form {
	name: string;
	session?: Partial<Session>;
	commit?: Partial<CommitFields>;
	specs: Record<string, AnswerSpec>;
}

const FORMS: Form[] = [
	{ name: 'all tiers, typical', session: ALL_TIERS, specs: { [t1('concurrency')]: { state: 'done', answer: 'Thread-safe via RLock' }, [t2('connection-lifecycle')]: 'na' } },
	{ name: 'tier 1 only, nothing answered', specs: {} },
	{ name: '300-character answers', session: ALL_TIERS, specs: allAnswered({ state: 'done', answer: LONG }) },
	{ name: '300-character words and a long URL', specs: allAnswered({ state: 'done', answer: `${'x'.repeat(300)} see https://example.com/${'a'.repeat(150)} ok` }) },
	{ name: 'emoji, CJK, accented', session: ALL_TIERS, commit: { description: 'gère le cache 🚀 缓存', scope: 'caché' }, specs: allAnswered({ state: 'done', answer: `${'🚀✨ 线程安全的缓存实现，使用可重入锁保护共享状态 élan naïve façade '.repeat(6)}${'漢'.repeat(150)}${'😀'.repeat(80)}` }) },
	{ name: 'multi-line notes and answers', session: ALL_TIERS, specs: allAnswered({ state: 'na', note: 'line one\n\n  line two\r\nline three\n'.repeat(8) }) },
	{ name: 'markdown and parser-special characters', session: ALL_TIERS, specs: allAnswered({ state: 'done', answer: '**bold** _x_ [link](y) <b> `code` | pipe #hash #123 fixes #12 closes #4, C#-style owner/repo#9 (#77) ' + 'BREAKING CHANGE: nope breaking-change: also '.repeat(4) + '# heading - dash 1. one' }) },
	{ name: 'breaking-change words at every wrap position', session: ALL_TIERS, specs: allAnswered({ state: 'done', answer: 'breaking change: '.repeat(30) }) },
	{ name: 'breaking change and refs', commit: { breaking: `the cache API was renamed. ${LONG}`, refs: true }, specs: allAnswered({ state: 'done', answer: 'ok' }) },
	{ name: 'refs only, no body', session: { checklists: [`sdk-developer-guidelines/pr-self-qa-checklist`] }, commit: { refs: true }, specs: { [qa(1)]: 'done' } },
	{ name: 'fail and open states', specs: { [t1('concurrency')]: { state: 'fail', note: 'race in flush()' }, [t1('tests')]: { state: 'open', answer: 'added test_flush' } } }
];

describe('generated commit messages pass commitlint (config-conventional)', () => {
	for (const form of FORMS) {
		for (const type of COMMIT_TYPES.map((t) => t.type)) {
			it(`${form.name} (${type})`, async () => {
				const session = authorSession(form.session);
				const commit = { ...session.commit, type, ...form.commit };
				const message = commitMessage({ session: { ...session, commit }, answers: answers(session.id, form.specs), standards: STANDARDS });
				expect(await problems(message)).toEqual([]);
				expect(commitWarnings(commit, message)).toEqual([]);
			});
		}
	}
});

describe('commitWarnings agrees with commitlint', () => {
	const base: CommitFields = { type: 'fix', scope: 'api', description: 'handle timeouts', breaking: '', refs: false };
	const cases: [string, Partial<CommitFields>][] = [
		['type-enum', { type: 'feature' }],
		['type-case', { type: 'FIX' }],
		['type-empty', { type: '' }],
		['subject-empty', { description: '' }],
		['subject-full-stop', { description: 'handle timeouts.' }],
		['subject-case', { description: 'Handle timeouts' }],
		['subject-case', { description: 'Handle Timeouts' }],
		['subject-case', { description: 'HANDLE TIMEOUTS' }],
		['subject-case', { description: 'Élan restored' }],
		['header-max-length', { description: 'handle '.repeat(20).trim() }]
	];
	for (const [rule, change] of cases) {
		it(`${rule}: ${JSON.stringify(change)}`, async () => {
			const fields = { ...base, ...change };
			const session = authorSession({ checklists: [], items: {}, commit: fields });
			const message = commitMessage({ session, answers: [], standards: STANDARDS });
			const ours = commitWarnings(fields, message).filter((w) => w.level === 'error').map((w) => w.rule);
			const theirs = (await lint(message, config.rules, options)).errors.map((e) => e.name);
			expect(theirs).toContain(rule);
			expect(ours).toContain(rule);
		});
	}

	it.each(['handle API timeouts', '🚀 launch', '缓存 fix', 'élan restored', '"Quoted" name first', 'v2 api'])('accepts %s', async (description) => {
		const fields = { ...base, description };
		const session = authorSession({ checklists: [], items: {}, commit: fields });
		const message = commitMessage({ session, answers: [], standards: STANDARDS });
		const theirs = (await lint(message, config.rules, options)).errors.map((e) => e.name);
		const ours = commitWarnings(fields, message).filter((w) => w.level === 'error').map((w) => w.rule);
		expect(ours).toEqual(theirs);
	});

	it('only hints at an upper-case scope (config-conventional accepts it)', async () => {
		const fields = { ...base, scope: 'API' };
		const message = commitMessage({ session: authorSession({ checklists: [], items: {}, commit: fields }), answers: [], standards: STANDARDS });
		expect(await problems(message)).toEqual([]);
		expect(commitWarnings(fields).map((w) => [w.rule, w.level])).toEqual([['scope-case', 'hint']]);
	});
});
