/**
 * Merging an imported review into the session the user already has for that
 * PR. Returns only what changes, so importing the same text twice changes
 * nothing (and the second time writes nothing).
 */
import type { Answer, Session } from '$lib/review/schema';
import { noteAndReason } from '$lib/review/na';

export interface ImportedReview {
	session: Session;
	answers: Answer[];
}

export interface MergeResult {
	/** The updated session, or null when nothing in it changes. */
	session: Session | null;
	/** Only the answer rows that differ from what is stored. */
	answers: Answer[];
}

/** Key-order-independent equality for plain JSON data. */
function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

/** The imported settings on top of the existing session; identity, status and history stay. */
function mergedSession(existing: Session, imported: Session): Session {
	return {
		...existing,
		title: imported.title || existing.title,
		checklists: imported.checklists,
		triggers: imported.triggers,
		tierOverrides: imported.tierOverrides,
		fiveSecond: imported.fiveSecond,
		commit: imported.commit,
		items: { ...existing.items, ...imported.items },
		contentVersions: { ...imported.contentVersions, ...existing.contentVersions }
	};
}

function sameAnswer(a: Answer | undefined, b: Answer): boolean {
	const [x, y] = [noteAndReason(a), noteAndReason(b)];
	return (a?.state ?? 'open') === b.state && x.note === y.note && x.reason === y.reason && (a?.answer ?? '') === b.answer;
}

export function mergeImported(existing: Session, existingAnswers: readonly Answer[], imported: ImportedReview): MergeResult {
	const now = imported.session.updatedAt;
	const merged = mergedSession(existing, imported.session);
	const session = sameData(merged, existing) ? null : { ...merged, updatedAt: now };
	const stored = new Map(existingAnswers.map((a) => [a.itemId, a]));
	const answers = imported.answers
		.filter((a) => !sameAnswer(stored.get(a.itemId), a))
		.map((a) => ({ ...a, sessionId: existing.id, updatedAt: now }));
	return { session, answers };
}
