/**
 * The sessions list: pages, counts and search, always through an index, so
 * a page of 50 reads about 50 rows whatever the number of sessions and
 * whatever the query matches (session-list-scan: a rare search term reads
 * its few reviews; anything else walks the sort key's index until the page
 * is full). Search is a prefix query on the multi-entry word index (schema
 * version 2), sorting is the index of the sort key (`updatedAt`,
 * `createdAt`, `prSort`). The full index path below (every matching id,
 * every id in order) answers only what the fast paths give up on.
 */
import type { Role } from '$lib/content/schema';
import { parsePrRef, prKeyPrefix } from '$lib/review/pr-ref';
import type { Session } from '$lib/review/schema';
import { searchTerms } from '$lib/review/search-words';
import { defaultDirection, type SessionFilter, type SessionSort } from '$lib/review/sessions-query';
import type { ShipshapeDB } from './database';
import { toSession, type StoredSession } from './session-index';
import { rareIds, rowFilter, termKeys, sortedRows, walkInOrder, SORT_INDEX, type ListSearch } from './session-list-scan';
import { dbOf, type RepoOptions } from './repo-options';

export interface SessionListFilter {
	role?: Role;
	/** 'active': anything not archived. */
	status?: SessionFilter['status'];
}

export interface SessionPageRequest extends SessionListFilter {
	/** Free text, a PR link or `owner/repo#12`; empty: no search. */
	query?: string;
	/** Default 'updated' (newest first); 'pr' is A→Z by host, repository, number. */
	sort?: SessionSort;
	/** Page size, 1..500. */
	limit: number;
	offset?: number;
}

export interface SessionPage {
	sessions: Session[];
	/** Another page follows. */
	hasMore: boolean;
}

const clampLimit = (limit: number): number => Math.min(500, Math.max(1, Math.floor(limit)));

/** Every id in the list's order: index keys only (no row is read); ascending getAllKeys, reversed here. */
async function idsInOrder(db: ShipshapeDB, sort: SessionSort): Promise<string[]> {
	const ids = await db.sessions.orderBy(SORT_INDEX[sort]).primaryKeys();
	return defaultDirection(sort) === 'desc' ? ids.reverse() : ids;
}

/** The ids a search matches (word index, or the prKey index for a PR reference); undefined: no search. */
async function searchIds(db: ShipshapeDB, search: ListSearch): Promise<Set<string> | undefined> {
	if (search.kind === 'none') return undefined;
	if (search.kind === 'pr') return new Set(await db.sessions.where('prKey').startsWith(search.prefix).primaryKeys());
	let ids: Set<string> | undefined;
	for (const term of search.terms) {
		const found = new Set(await termKeys(db, term));
		ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
		if (ids.size === 0) break;
	}
	return ids;
}

/**
 * Which ids pass role and status, from their indexes' keys (the full index
 * path reads no row it does not show, so it filters on keys; the fast paths
 * read rows as values, and a live query sees those rows change).
 */
async function filterIds(db: ShipshapeDB, filter: SessionListFilter): Promise<(id: string) => boolean> {
	const { role, status } = filter;
	const [roleIds, statusIds] = await Promise.all([
		role === undefined ? undefined : db.sessions.where('role').equals(role).primaryKeys(),
		status === undefined ? undefined : db.sessions.where('status').equals(status === 'active' ? 'archived' : status).primaryKeys()
	]);
	const inRole = roleIds && new Set(roleIds);
	const inStatus = statusIds && new Set(statusIds);
	return (id) => (!inRole || inRole.has(id)) && (!inStatus || inStatus.has(id) !== (status === 'active'));
}

/** The query as the list searches it: a PR reference, word terms, or nothing. */
export function listSearch(query: string): ListSearch {
	const text = query.trim();
	if (text === '') return { kind: 'none' };
	const ref = parsePrRef(text);
	if (ref.ok) return { kind: 'pr', prefix: prKeyPrefix(ref.pr) };
	const terms = searchTerms(text);
	return terms.length === 0 ? { kind: 'none' } : { kind: 'words', terms };
}

/**
 * One page of sessions in the order of `sort`, narrowed by role, status and
 * search. One read transaction: the paths below see one snapshot.
 */
export async function listSessionsPage(request: SessionPageRequest, options?: RepoOptions): Promise<SessionPage> {
	const db = dbOf(options);
	const limit = clampLimit(request.limit);
	const offset = Math.max(0, Math.floor(request.offset ?? 0));
	const sort = request.sort ?? 'updated';
	const search = listSearch(request.query ?? '');
	const accept = rowFilter(request, search);
	const want = offset + limit + 1;
	return db.transaction('r', db.sessions, async () => {
		const rare = await rareIds(db, search);
		const rows = rare ? await sortedRows(db, rare, accept, sort) : await walkInOrder(db, sort, accept, want);
		if (!rows) return fullIndexPage(db, request, search, sort, offset, limit);
		return { sessions: rows.slice(offset, offset + limit).map((r: StoredSession) => toSession(r)), hasMore: rows.length > offset + limit };
	});
}

/** Every matching id from the indexes, every id in order, then the page's rows: for searches neither fast path suits. */
async function fullIndexPage(db: ShipshapeDB, filter: SessionListFilter, search: ListSearch, sort: SessionSort, offset: number, limit: number): Promise<SessionPage> {
	const [matches, passes] = await Promise.all([searchIds(db, search), filterIds(db, filter)]);
	const ids = (await idsInOrder(db, sort)).filter((id) => (!matches || matches.has(id)) && passes(id));
	const rows = await db.sessions.bulkGet(ids.slice(offset, offset + limit));
	return { sessions: rows.filter((r) => r !== undefined).map((r) => toSession(r)), hasMore: ids.length > offset + limit };
}

export async function countSessions(filter: SessionListFilter = {}, options?: RepoOptions): Promise<number> {
	const db = dbOf(options);
	const [ids, passes] = await Promise.all([db.sessions.toCollection().primaryKeys(), filterIds(db, filter)]);
	return ids.filter(passes).length;
}

/** Search by repository, PR number, title or note words (or a PR reference), newest first. */
export async function searchSessions(query: string, options: SessionListFilter & RepoOptions & { limit?: number; sort?: SessionSort } = {}): Promise<Session[]> {
	const { db, now, limit, ...request } = options;
	const page = await listSessionsPage({ ...request, query, limit: limit ?? 50 }, { db, now });
	return page.sessions;
}

/** Whether any review is stored, archived ones included (one key read). */
export async function hasSessions(options?: RepoOptions): Promise<boolean> {
	return (await dbOf(options).sessions.toCollection().limit(1).primaryKeys()).length > 0;
}
