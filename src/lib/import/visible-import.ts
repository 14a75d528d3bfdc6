/**
 * Importing a PR Self-QA block whose hidden comment was removed: its visible
 * lines are matched to items by their text (text-match.ts) and imported into
 * the review the user named (their existing review of that PR, or a new one).
 * What the lines cannot say (commit fields, the 5-second rule, notes as typed
 * exactly) stays as it is. Checklists and tiers of matched items are switched
 * on, so every imported tick shows. Pure: the caller finds the existing
 * review and writes the result after the user saw the preview.
 */
import type { StandardSummary } from '$lib/content/schema';
import type { Answer, PrRef, Session } from '$lib/review/schema';
import { defaultChecklists, newSession, withChecklists } from '$lib/review/new-session';
import { scopedKey, tierApplies } from '$lib/review/tiers';
import { mergeImported, type MergeResult } from './merge';
import { tooLongMessage } from './pr-import';
import { findVisibleBlock } from './visible-block';
import { matchByText, textIndex, type UnmatchedLine } from './text-match';

/** What the by-text import says about itself in the preview. */
export interface ByTextReport {
	matched: number;
	unmatched: UnmatchedLine[];
}

export interface VisibleImportTarget {
	/** The review to update, when the user has one for this PR. */
	existing?: { session: Session; answers: readonly Answer[] };
	/** For a new review. */
	pr: PrRef;
	id: string;
}

export type VisibleImportResult =
	| { ok: true; session: Session; answers: Answer[]; byText: ByTextReport; changed?: MergeResult }
	| { ok: false; message: string };

const UNCHANGED = 'Nothing was changed.';

/** A visible block without hidden data: how many checklist lines it has (null: no block at all). */
export function visibleLineCount(text: string): number | null {
	return findVisibleBlock(text)?.length ?? null;
}

/** The matched items' checklists added and their tiers switched on (the block showed them, so they applied). */
function withMatched(session: Session, standards: readonly StandardSummary[], keys: readonly string[], tiers: readonly string[], now: string): Session {
	const chosen = [...session.checklists, ...keys.filter((k) => !session.checklists.includes(k))];
	const next = chosen.length === session.checklists.length ? session : withChecklists(session, standards, chosen, now);
	const tierOverrides = { ...next.tierOverrides };
	for (const key of tiers) {
		const slash = key.lastIndexOf('/');
		const standard = standards.find((s) => s.slug === key.slice(0, slash));
		const tier = Number(key.slice(slash + 1));
		if (standard && (tier === 2 || tier === 3) && !tierApplies(next, standard, tier)) tierOverrides[key] = true;
	}
	return { ...next, tierOverrides };
}

export function importVisibleBlock(text: string, standards: readonly StandardSummary[], now: string, target: VisibleImportTarget): VisibleImportResult {
	const tooLong = tooLongMessage(text);
	if (tooLong) return { ok: false, message: tooLong };
	const lines = findVisibleBlock(text);
	if (!lines) return { ok: false, message: `No PR Self-QA block was found: the text has no “### PR Self-QA” heading. Paste the whole PR description. ${UNCHANGED}` };
	if (lines.length === 0) return { ok: false, message: `The PR Self-QA block has no checklist lines (“- [x] …”) to import. ${UNCHANGED}` };
	const { matched, unmatched } = matchByText(lines, textIndex(standards));
	const byText = { matched: matched.length, unmatched };
	if (matched.length === 0) return { ok: false, message: `None of the block’s ${lines.length} checklist lines matches an item of the standards here (reworded, or from a standard this app does not have). ${UNCHANGED}` };
	const keys = matched.map((m) => scopedKey(m.item.standardSlug, m.item.checklistId));
	const tiers = matched.flatMap((m) => (m.item.tier === undefined ? [] : [scopedKey(m.item.standardSlug, m.item.tier)]));
	const existing = target.existing;
	const base = existing?.session ?? newSession({ id: target.id, pr: target.pr, title: '', role: 'author', checklists: [...defaultChecklists(standards, 'author'), ...keys], standards, now });
	const session = withMatched(base, standards, keys, tiers, now);
	const answers: Answer[] = matched.map(({ item, read }) => ({
		sessionId: session.id,
		itemId: item.id,
		state: read.state,
		note: read.note,
		reason: read.reason ?? '',
		answer: read.answer ?? '',
		updatedAt: now
	}));
	if (!existing) return { ok: true, session, answers, byText };
	return { ok: true, session, answers, byText, changed: mergeImported(existing.session, existing.answers, { session: { ...session, updatedAt: now }, answers }) };
}
