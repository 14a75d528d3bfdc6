/**
 * Merging one stored record with its copy from a backup (pure). The newer
 * updatedAt wins; what the other side has that the winner lacks is kept,
 * so a merge never loses an answered item or a note.
 */
import type { Answer, Session } from '$lib/review/schema';

/** Field-by-field equality of two records (key order ignored). */
export function sameRecord(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	return ka.every((k) => Object.hasOwn(b, k) && sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The newer note first; the older one kept below it unless the newer already holds it. */
export function mergeNotes(newer: string, older: string): string {
	if (older === '' || newer.includes(older)) return newer;
	if (newer === '') return older;
	return `${newer}\n\n${older}`;
}

/** `a` wins a tie: the stored row is passed first, so equal timestamps change nothing. */
function newerFirst<T extends { updatedAt: string }>(a: T, b: T): [T, T] {
	return b.updatedAt > a.updatedAt ? [b, a] : [a, b];
}

export function mergeAnswer(stored: Answer, incoming: Answer): Answer {
	const [newer, older] = newerFirst(stored, incoming);
	const note = mergeNotes(newer.note, older.note);
	return note === newer.note && newer === stored ? stored : { ...newer, note };
}

/**
 * One review from two devices: the newer one's fields, the stored id and
 * createdAt (this device's review goes on); item texts, 5-second answers, tier overrides,
 * content versions and checklists united, the newer side winning a conflict.
 */
export function mergeSession(stored: Session, incoming: Session): Session {
	const [newer, older] = newerFirst(stored, incoming);
	return {
		...newer,
		id: stored.id,
		prKey: newer.prKey,
		checklists: [...new Set([...newer.checklists, ...older.checklists])],
		triggers: [...new Set([...newer.triggers, ...older.triggers])],
		tierOverrides: { ...older.tierOverrides, ...newer.tierOverrides },
		fiveSecond: { ...older.fiveSecond, ...newer.fiveSecond },
		items: { ...older.items, ...newer.items },
		contentVersions: { ...older.contentVersions, ...newer.contentVersions },
		createdAt: stored.createdAt
	};
}
