/**
 * The sessions list's fast paths: a page costs about the same whatever the
 * query matches. A search whose rarest term matches few reviews reads just
 * those (a bounded probe of the word index, then their rows); anything
 * broader (no search, a one-letter prefix, a filter most rows pass) walks
 * the sort key's index in order and stops at the page's last row. Either
 * returns `undefined` when it would cost more than the full index path
 * (session-list-repo), which then answers instead.
 *
 * Rows are read as values, so a live query sees a change to any row it
 * looked at (Dexie tracks the primary keys of values read) and any change
 * to the index ranges it queried.
 */
import { matchesFilter, sortSessions, defaultDirection, type SessionSort } from '$lib/review/sessions-query';
import { wordsMatch, type SearchTerm } from '$lib/review/search-words';
import type { ShipshapeDB } from './database';
import type { StoredSession } from './session-index';
import type { SessionListFilter } from './session-list-repo';

/** What a list query searches for, parsed once: nothing, one PR (its prKey prefix), or word terms. */
export type ListSearch = { kind: 'none' } | { kind: 'pr'; prefix: string } | { kind: 'words'; terms: SearchTerm[] };

/** A term matching fewer index entries than this is "rare": its reviews are read and sorted directly. */
export const PROBE = 256;
/** The walk reads at most this many rows (or 8 pages, if more) before the full index path takes over. */
export const SCAN_CAP = 4096;
const GROWTH = 4;
/** Most rows pass the default filter: the first read asks for a few more than the page. */
const FIRST_EXTRA = 16;

export const SORT_INDEX: Record<SessionSort, string> = { updated: 'updatedAt', created: 'createdAt', pr: 'prSort' };

/** Whether a stored row belongs in the list: role, status and the search, on the row itself. */
export function rowFilter(filter: SessionListFilter, search: ListSearch): (row: StoredSession) => boolean {
	const passes = (row: StoredSession) => matchesFilter(row, filter);
	if (search.kind === 'pr') return (row) => passes(row) && row.prKey.startsWith(search.prefix);
	if (search.kind === 'words') return (row) => passes(row) && wordsMatch(search.terms, row.words ?? []);
	return passes;
}

/**
 * The primary keys of the word-index entries one term accepts, up to `max`
 * per word when given (duplicates possible: multi-entry). The one word-index
 * query: the probe here and the full index path (session-list-repo) both use it.
 */
export async function termKeys(db: ShipshapeDB, term: SearchTerm, max?: number): Promise<string[]> {
	const bounded = <T extends { limit: (n: number) => T }>(c: T): T => (max === undefined ? c : c.limit(max));
	const lists = await Promise.all([
		...term.exact.map((w) => bounded(db.sessions.where('words').equals(w)).primaryKeys()),
		...term.prefix.map((w) => bounded(db.sessions.where('words').startsWith(w)).primaryKeys())
	]);
	return lists.flat();
}

/** The ids of the rarest term (or the PR), if it matches fewer than PROBE index entries; undefined: no rare term. */
export async function rareIds(db: ShipshapeDB, search: ListSearch): Promise<string[] | undefined> {
	if (search.kind === 'none') return undefined;
	const lists =
		search.kind === 'pr'
			? [await db.sessions.where('prKey').startsWith(search.prefix).limit(PROBE).primaryKeys()]
			: await Promise.all(search.terms.map((t) => termKeys(db, t, PROBE)));
	const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
	return rarest.length < PROBE ? [...new Set(rarest)] : undefined;
}

/** The candidates' rows that pass, in the list's order (the pure rule: few rows). */
export async function sortedRows(db: ShipshapeDB, ids: readonly string[], accept: (row: StoredSession) => boolean, sort: SessionSort): Promise<StoredSession[]> {
	const rows = await db.sessions.bulkGet([...ids]);
	return sortSessions(
		rows.filter((r): r is StoredSession => r !== undefined && accept(r)),
		sort
	);
}

/**
 * The first `want` rows that pass, in index order: reads a little more than
 * `want` rows, then four times as many, … (each read starts again at the
 * top: ties in the sort key need no cursor bookkeeping, and the re-read
 * costs at most a third more). Undefined once the cap is reached short of `want`.
 */
export async function walkInOrder(
	db: ShipshapeDB,
	sort: SessionSort,
	accept: (row: StoredSession) => boolean,
	want: number,
	cap: number = Math.max(SCAN_CAP, want * 8)
): Promise<StoredSession[] | undefined> {
	const hits: StoredSession[] = [];
	let scanned = 0;
	for (let n = want + FIRST_EXTRA; ; n = Math.min(cap, n * GROWTH)) {
		const ordered = db.sessions.orderBy(SORT_INDEX[sort]);
		const rows = await (defaultDirection(sort) === 'desc' ? ordered.reverse() : ordered).limit(n).toArray();
		for (; scanned < rows.length; scanned++) {
			if (accept(rows[scanned]!) && hits.push(rows[scanned]!) === want) return hits;
		}
		if (rows.length < n) return hits;
		if (n >= cap) return undefined;
	}
}
