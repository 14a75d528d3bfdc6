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
import { decodePayload, type DecodedPayload } from '$lib/export/pr-payload';
import { parsePrRef, prKey, prUrl } from '$lib/review/pr-ref';
import { mergeImported, type MergeResult } from './merge';
import { resolveEntries, type EntryReport } from './pr-entries';

export { mergeImported, type ImportedReview, type MergeResult } from './merge';
export type { EntryReport } from './pr-entries';

export interface ImportOptions {
	/** The session already kept for this PR and role: the result says what changes. */
	existing?: { session: Session; answers: readonly Answer[] };
	/** Id for a new session (default: its PR key). */
	id?: string;
}

export type ImportResult =
	| { ok: true; session: Session; answers: Answer[]; report: EntryReport; writtenAt?: string; changed?: MergeResult }
	| { ok: false; message: string };

const UNCHANGED = 'Nothing was changed.';

const NO_BLOCK = `No Shipshape PR Self-QA block was found. Paste the whole PR description as markdown (from GitHub's edit box), including the hidden line that starts with "<!-- shipshape:v1". ${UNCHANGED}`;

function unknownContent(payload: DecodedPayload, standards: readonly StandardSummary[]): string | null {
	const keys = [...payload.settings.checklists, ...payload.entries.map((e) => `${e.standard}/${e.checklist}`)];
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

/** The block's PR must be one the new-review form would accept: its link is then rebuilt, never taken from the text. */
function validPr(payload: DecodedPayload): boolean {
	const { pr } = payload.settings;
	const parsed = parsePrRef(prUrl(pr));
	return parsed.ok && parsed.pr.repo === pr.repo && parsed.pr.number === pr.number && parsed.pr.host === pr.host && parsed.pr.hostname === pr.hostname;
}

/** One session per PR and role: the same key the new-review form makes. */
const prKeyOf = (p: DecodedPayload): string => prKey(p.settings.pr, p.settings.role);

function buildSession(payload: DecodedPayload, items: readonly UsedItem[], id: string, now: string): Session {
	const { pr, ...settings } = payload.settings;
	return {
		id,
		pr: { host: pr.host, repo: pr.repo, number: pr.number, url: prUrl(pr), ...(pr.hostname ? { hostname: pr.hostname } : {}) },
		prKey: prKeyOf(payload),
		...settings,
		items: Object.fromEntries(items.map((i) => [i.id, i])),
		status: 'in-progress',
		createdAt: now,
		updatedAt: now
	};
}

/** GitHub keeps at most 65,536 characters of a PR description; anything far beyond is not one. */
export const MAX_IMPORT_CHARS = 262_144;

/** Why a pasted text is too long to be a PR description, or null. */
export function tooLongMessage(text: string): string | null {
	if (text.length <= MAX_IMPORT_CHARS) return null;
	return `This text is ${Math.ceil(text.length / 1024)} KB; a PR description is at most 64 KB. Paste only the PR description. ${UNCHANGED}`;
}

/** The text holds the block's hidden data (it may still be damaged): else only its visible lines can be imported (visible-import.ts). */
export const hasHiddenData = (text: string): boolean => findBlock(text) !== null;

export function importPrBody(text: string, standards: readonly StandardSummary[], now: string, options: ImportOptions = {}): ImportResult {
	const tooLong = tooLongMessage(text);
	if (tooLong) return { ok: false, message: tooLong };
	const block = findBlock(text);
	if (!block) return { ok: false, message: NO_BLOCK };
	const decoded = decodePayload(block.comment);
	if (!decoded.ok) {
		return { ok: false, message: `A Shipshape block was found, but ${decoded.reason}. Copy the PR description again from GitHub's edit box and paste it unchanged. ${UNCHANGED}` };
	}
	const payload = decoded.payload;
	if (!validPr(payload)) return { ok: false, message: `A Shipshape block was found, but the pull request it names is not valid. Copy the PR description again from GitHub's edit box and paste it unchanged. ${UNCHANGED}` };
	const unknown = unknownContent(payload, standards);
	if (unknown) return { ok: false, message: unknown };
	const resolved = resolveEntries(payload.entries, block.taskLines, standards);
	const fresh = buildSession(payload, resolved.items, options.id ?? prKeyOf(payload), now);
	const existing = options.existing;
	const { pr, role } = payload.settings;
	if (existing && existing.session.prKey !== fresh.prKey) {
		return { ok: false, message: `This block belongs to ${pr.repo}#${pr.number} (${role}), not to this review. Open that review, or import it as a new one. ${UNCHANGED}` };
	}
	const sessionId = existing?.session.id ?? fresh.id;
	const session = existing ? { ...fresh, id: sessionId } : fresh;
	// Answered when the block was written (so a second export is the same text); a merge stamps what it changes with now.
	const answeredAt = payload.writtenAt ?? now;
	const answers: Answer[] = resolved.answers.map((a) => ({ ...a, sessionId, updatedAt: answeredAt }));
	const report = resolved.report;
	const written = payload.writtenAt === undefined ? {} : { writtenAt: payload.writtenAt };
	if (!existing) return { ok: true, session, answers, report, ...written };
	return { ok: true, session, answers, report, ...written, changed: mergeImported(existing.session, existing.answers, { session, answers }) };
}
