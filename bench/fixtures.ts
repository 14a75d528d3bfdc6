/**
 * Benchmark data, built through the app's own formats: newSession() for
 * sessions, answer rows, the backup envelope (buildBackup/serializeBackup)
 * and a custom standard parsed by the same pipeline the app uses. Bundled
 * with esbuild by bench/lib/fixtures.mjs; never part of the app.
 */
import type { StandardSummary } from '$lib/content/schema';
import { parseStandard, toSummary } from '$lib/content/parse-standard';
import { nodeSanitizer } from '$lib/server/sanitize-node';
import { buildBackup, serializeBackup } from '$lib/backup/envelope';
import { newSession } from '$lib/review/new-session';
import type { Answer, Session } from '$lib/review/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';

const NOW = '2026-01-15T12:00:00.000Z';
const WORDS = ['fix', 'flaky', 'cache', 'worker', 'retry', 'parser', 'login', 'billing', 'queue', 'metrics', 'docs', 'index', 'search', 'upload'];

const iso = (i: number): string => new Date(Date.parse(NOW) - i * 60_000).toISOString();
const pick = (i: number, n: number): string => WORDS[(i * 7 + n * 13) % WORDS.length] ?? 'change';

function session(i: number, standards: readonly StandardSummary[], checklists?: string[]): Session {
	const repo = `org-${i % 40}/service-${i % 170}`;
	// ~1% of titles carry a rare word: the worst case for a text search.
	const rare = i % 100 === 7 ? ' zeta' : '';
	const title = `${pick(i, 1)} ${pick(i, 2)} ${pick(i, 3)} #${i}${rare}`;
	const pr = { host: 'github' as const, repo, number: 1000 + i, url: `https://github.com/${repo}/pull/${1000 + i}` };
	const s = newSession({ id: `bench-${i}`, pr, title, role: i % 2 ? 'author' : 'reviewer', checklists, standards, now: iso(i) });
	return { ...s, status: i % 5 === 0 ? 'complete' : 'in-progress' };
}

function answersOf(s: Session, count: number): Answer[] {
	return Object.keys(s.items)
		.slice(0, count)
		.map((itemId, n) => ({ sessionId: s.id, itemId, state: n % 3 ? 'done' : 'open', note: n % 4 ? '' : 'checked in staging', answer: '', updatedAt: s.updatedAt }));
}

/** The smallest review checklist of the bundled standards: keeps 10,000 sessions compact. */
function smallestChecklist(standards: readonly StandardSummary[]): string {
	const all = standards.flatMap((s) => s.checklists.filter((c) => c.kind === 'review').map((c) => ({ key: `${s.slug}/${c.id}`, n: c.items.length })));
	all.sort((a, b) => a.n - b.n);
	return all[0]?.key ?? '';
}

/** 10,000 sessions (one small checklist each) and a few answers each, as raw rows. */
export function manySessions(standards: readonly StandardSummary[], count: number): { sessions: Session[]; answers: Answer[] } {
	const key = smallestChecklist(standards);
	const sessions = Array.from({ length: count }, (_, i) => session(i, standards, [key]));
	return { sessions, answers: sessions.flatMap((s) => answersOf(s, 2)) };
}

/** A backup of about `bytes`: sessions with the role's default checklists and an answer for every item. */
export function backupOfSize(standards: readonly StandardSummary[], bytes: number): { json: string; sessions: number; answers: number } {
	const sessions: Session[] = [];
	const answers: Answer[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const s = session(i, standards);
		const rows = answersOf(s, Infinity);
		sessions.push(s);
		answers.push(...rows);
		size += JSON.stringify(s).length + JSON.stringify(rows).length;
	}
	const json = serializeBackup(buildBackup({ sessions, answers, customStandards: [], reading: [] }, NOW));
	return { json, sessions: sessions.length, answers: answers.length };
}

const BIG_SLUG = 'custom-bench-500';

function bigMarkdown(items: number): string {
	const lines = ['# Bench standard', '', 'A generated standard for the benchmark.', '', '## Release checklist', ''];
	for (let i = 0; i < items; i++) lines.push(`- [ ] Check ${i + 1}: ${pick(i, 1)} ${pick(i, 2)} is covered by a test`);
	return lines.join('\n') + '\n';
}

/** A custom standard with `items` task items and one review that uses all of them, as a backup. */
export function bigSessionBackup(items: number): { json: string; sessionId: string; itemCount: number } {
	const markdown = bigMarkdown(items);
	const standard = parseStandard(markdown, { file: 'standard', slug: BIG_SLUG, source: 'custom', sanitize: nodeSanitizer() });
	const summary = toSummary(standard);
	const checklists = summary.checklists.filter((c) => c.kind === 'review').map((c) => `${summary.slug}/${c.id}`);
	const s = newSession({
		id: 'bench-big',
		pr: { host: 'github', repo: 'org/bench', number: 500, url: 'https://github.com/org/bench/pull/500' },
		title: 'Five hundred items',
		role: 'reviewer',
		checklists,
		standards: [summary],
		now: NOW
	});
	const row: CustomStandardRow = { slug: BIG_SLUG, title: 'Bench standard', markdown, createdAt: NOW, updatedAt: NOW };
	const json = serializeBackup(buildBackup({ sessions: [s], answers: [], customStandards: [row], reading: [] }, NOW));
	return { json, sessionId: s.id, itemCount: Object.keys(s.items).length };
}

/** One ordinary reviewer session over the bundled defaults, for first-load and Lighthouse. */
export function plainSessionBackup(standards: readonly StandardSummary[]): { json: string; sessionId: string } {
	const s = session(1, standards);
	return { json: serializeBackup(buildBackup({ sessions: [s], answers: [], customStandards: [], reading: [] }, NOW)), sessionId: s.id };
}

/**
 * `count` answers over reviews of 200 answers each (the smallest checklist's
 * sessions, short item ids): the "restore 100,000 answers" case, under the
 * 20 MB backup limit.
 */
export function manyAnswersBackup(standards: readonly StandardSummary[], count: number): { json: string; sessions: number; answers: number } {
	const key = smallestChecklist(standards);
	const perSession = 200;
	const sessions = Array.from({ length: Math.ceil(count / perSession) }, (_, i) => session(i, standards, [key]));
	const answers: Answer[] = [];
	for (const s of sessions) {
		for (let n = 0; n < perSession && answers.length < count; n++) {
			answers.push({ sessionId: s.id, itemId: `i${n}`, state: n % 3 ? 'done' : 'open', note: n % 10 ? '' : 'ok', answer: '', updatedAt: s.updatedAt });
		}
	}
	const json = serializeBackup(buildBackup({ sessions, answers, customStandards: [], reading: [] }, NOW));
	return { json, sessions: sessions.length, answers: answers.length };
}
