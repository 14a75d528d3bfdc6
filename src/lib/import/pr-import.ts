/**
 * Restoring a review from a PR description that holds a PR Self-QA block.
 * The hidden comment says which items the lines are and restores the
 * settings; the lines are read as edited on GitHub (a box ticked by hand is
 * done). Any problem returns a message saying what to do, and nothing is
 * built, so nothing changes.
 */
import type { StandardSummary } from '$lib/content/schema';
import type { Answer, Session, UsedItem } from '$lib/review/schema';
import { findBlock } from './pr-parse';
import { decodePayload, fromGroups, type Payload, type PayloadEntry } from '$lib/export/pr-payload';
import { readLine, type ReadLine, type TaskLine } from '$lib/export/pr-lines';
import { foldLines } from '$lib/export/text';
import { prKey } from '$lib/review/pr-ref';
import { mergeImported, type MergeResult } from './merge';

export { mergeImported, type ImportedReview, type MergeResult } from './merge';

export interface ImportOptions {
	/** The session already kept for this PR and role: the result says what changes. */
	existing?: { session: Session; answers: readonly Answer[] };
	/** Id for a new session (default: its PR key). */
	id?: string;
}

export type ImportResult =
	| { ok: true; session: Session; answers: Answer[]; changed?: MergeResult }
	| { ok: false; message: string };

const UNCHANGED = 'Nothing was changed.';

const NO_BLOCK = `No Shipshape PR Self-QA block was found. Paste the whole PR description as markdown (from GitHub's edit box), including the hidden line that starts with "<!-- shipshape:v1". ${UNCHANGED}`;

function unknownContent(payload: Payload, standards: readonly StandardSummary[]): string | null {
	const keys = [...payload.checklists, ...payload.groups.map((g) => `${g.standard}/${g.checklist}`)];
	for (const key of new Set(keys)) {
		const slash = key.indexOf('/');
		const slug = key.slice(0, slash);
		const id = key.slice(slash + 1);
		const standard = standards.find((s) => s.slug === slug);
		if (!standard) return `This block uses the standard "${slug}", which this app does not have. Add that standard (or update the app) and import again. ${UNCHANGED}`;
		if (!standard.checklists.some((c) => c.id === id)) {
			return `This block uses the checklist "${id}" of "${standard.title}", which this version of the standard does not have. Update the standard and import again. ${UNCHANGED}`;
		}
	}
	return null;
}

/** Each line to its item: the item at the same position if the text matches, else any unclaimed item with that text. */
function matchLines(items: readonly UsedItem[], lines: readonly TaskLine[]): Map<string, ReadLine> {
	const read = new Map<string, ReadLine>();
	lines.forEach((line, index) => {
		const candidates = [items[index], ...items].filter((i): i is UsedItem => i !== undefined && !read.has(i.id));
		for (const item of candidates) {
			const found = readLine(item, line);
			if (found) return void read.set(item.id, found);
		}
	});
	return read;
}

/** The line's answer, unless it is the stored one folded to a line: then the stored one keeps its line breaks. */
function answerFrom(stored: string, shown: string | undefined): string {
	if (shown === undefined || foldLines(stored) === shown) return stored;
	return shown;
}

function buildAnswers(entries: readonly PayloadEntry[], lines: readonly TaskLine[], sessionId: string, now: string): Answer[] {
	const read = matchLines(entries.filter((e) => !e.hidden).map((e) => e.item), lines);
	const rows: Answer[] = [];
	for (const e of entries) {
		const line = read.get(e.item.id);
		const base = { sessionId, itemId: e.item.id, updatedAt: now };
		if (e.hidden) rows.push({ ...base, state: e.hidden.state, note: e.hidden.note, answer: e.answer });
		else if (line) rows.push({ ...base, state: line.state, note: line.note, answer: answerFrom(e.answer, line.answer) });
	}
	return rows;
}

/** One session per PR and role: the same key the new-review form makes. */
const prKeyOf = (p: Payload): string => prKey(p.pr, p.role);

function buildSession(payload: Payload, entries: readonly PayloadEntry[], id: string, now: string): Session {
	return {
		id,
		pr: payload.pr,
		prKey: prKeyOf(payload),
		title: payload.title,
		role: payload.role,
		checklists: payload.checklists,
		triggers: payload.triggers,
		tierOverrides: payload.tierOverrides,
		fiveSecond: payload.fiveSecond,
		commit: payload.commit,
		items: Object.fromEntries(entries.map((e) => [e.item.id, e.item])),
		contentVersions: payload.contentVersions,
		status: 'in-progress',
		createdAt: now,
		updatedAt: now
	};
}

/** GitHub keeps at most 65,536 characters of a PR description; anything far beyond is not one. */
export const MAX_IMPORT_CHARS = 262_144;

export function importPrBody(text: string, standards: readonly StandardSummary[], now: string, options: ImportOptions = {}): ImportResult {
	if (text.length > MAX_IMPORT_CHARS) {
		return { ok: false, message: `This text is ${Math.ceil(text.length / 1024)} KB; a PR description is at most 64 KB. Paste only the PR description. ${UNCHANGED}` };
	}
	const block = findBlock(text);
	if (!block) return { ok: false, message: NO_BLOCK };
	const decoded = decodePayload(block.data);
	if (!decoded.ok) {
		return { ok: false, message: `A Shipshape block was found, but ${decoded.reason}. Copy the PR description again from GitHub's edit box and paste it unchanged. ${UNCHANGED}` };
	}
	const payload = decoded.payload;
	const unknown = unknownContent(payload, standards);
	if (unknown) return { ok: false, message: unknown };
	const entries = fromGroups(payload.groups);
	const fresh = buildSession(payload, entries, options.id ?? prKeyOf(payload), now);
	const existing = options.existing;
	if (existing && existing.session.prKey !== fresh.prKey) {
		return { ok: false, message: `This block belongs to ${payload.pr.repo}#${payload.pr.number} (${payload.role}), not to this review. Open that review, or import it as a new one. ${UNCHANGED}` };
	}
	const sessionId = existing?.session.id ?? fresh.id;
	const session = existing ? { ...fresh, id: sessionId } : fresh;
	const answers = buildAnswers(entries, block.taskLines, sessionId, now);
	if (!existing) return { ok: true, session, answers };
	return { ok: true, session, answers, changed: mergeImported(existing.session, existing.answers, { session, answers }) };
}
