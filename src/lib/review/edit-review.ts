/**
 * Editing a review after it was made: its title, its pull request and its
 * checklists. Pure: the form's values in, the session patch (or what is
 * wrong with them) out. A new PR brings a new prKey (patchedSession); items
 * of newly chosen checklists are snapshotted, answered items keep their text.
 */
import type { StandardSummary } from '$lib/content/schema';
import type { SessionPatch } from './patches';
import { formatPrRef, parsePrRef, prKey } from './pr-ref';
import type { Session } from './schema';
import { withChecklists } from './new-session';

export interface ReviewEdit {
	title: string;
	/** As typed: a URL or `owner/repo#123`. */
	pr: string;
	checklists: string[];
}

export type ReviewEditResult = { ok: true; patch: SessionPatch; prKey: string } | { ok: false; field: 'pr' | 'checklists'; message: string };

export const editOf = (session: Session): ReviewEdit => ({ title: session.title, pr: session.pr.url, checklists: [...session.checklists] });

export function reviewEditPatch(session: Session, standards: readonly StandardSummary[], edit: ReviewEdit, now: string): ReviewEditResult {
	const parsed = parsePrRef(edit.pr);
	if (!parsed.ok) return { ok: false, field: 'pr', message: parsed.message };
	if (edit.checklists.length === 0) return { ok: false, field: 'checklists', message: 'Choose at least one checklist: a review without one has nothing to check.' };
	const patch: SessionPatch = { title: edit.title.trim() };
	const key = prKey(parsed.pr, session.role);
	if (key !== session.prKey || parsed.pr.url !== session.pr.url) patch.pr = parsed.pr;
	const same = edit.checklists.length === session.checklists.length && edit.checklists.every((k) => session.checklists.includes(k));
	if (!same) {
		const next = withChecklists(session, standards, edit.checklists, now);
		Object.assign(patch, { checklists: next.checklists, items: next.items, contentVersions: next.contentVersions });
	}
	return { ok: true, patch, prKey: key };
}

/** What the form says when the new PR already has a review in this role. */
export const prTakenMessage = (session: Pick<Session, 'pr' | 'role'>): string =>
	`You already have a ${session.role} review of ${formatPrRef(session.pr)}. Open that one from your reviews, or choose another pull request.`;
