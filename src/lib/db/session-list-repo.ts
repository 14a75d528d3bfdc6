/**
 * The sessions list: pages, counts and search, always through an index, so
 * a page of 50 reads 50 rows whatever the number of sessions. Search is a
 * prefix query on the multi-entry word index (schema version 2), sorting is
 * the index of the sort key (`updatedAt`, `createdAt`, `prSort`) over the
 * whole list, never a sort of the rows loaded.
 */
import type { Collection } from 'dexie';
import type { Role } from '$lib/content/schema';
import { parsePrRef, prKeyPrefix } from '$lib/review/pr-ref';
import type { Session } from '$lib/review/schema';
import { searchTerms, type SearchTerm } from '$lib/review/search-words';
import { defaultDirection, matchesFilter, type SessionFilter, type SessionSort } from '$lib/review/sessions-query';
import type { ShipshapeDB } from './database';
import { toSession, type StoredSession } from './session-index';
import { dbOf, type RepoOptions } from './write';

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

const SORT_INDEX: Record<SessionSort, string> = { updated: 'updatedAt', created: 'createdAt', pr: 'prSort' };

const clampLimit = (limit: number): number => Math.min(500, Math.max(1, Math.floor(limit)));

function sorted(db: ShipshapeDB, sort: SessionSort): Collection<StoredSession, string> {
	const c = db.sessions.orderBy(SORT_INDEX[sort]);
	return defaultDirection(sort) === 'desc' ? c.reverse() : c;
}

/** Every id in the list's order: index keys only (no row is read); ascending getAllKeys, reversed here. */
async function idsInOrder(db: ShipshapeDB, sort: SessionSort): Promise<string[]> {
	const ids = await db.sessions.orderBy(SORT_INDEX[sort]).primaryKeys();
	return defaultDirection(sort) === 'desc' ? ids.reverse() : ids;
}

async function termIds(db: ShipshapeDB, term: SearchTerm): Promise<Set<string>> {
	const lists = await Promise.all([
		...term.exact.map((w) => db.sessions.where('words').equals(w).primaryKeys()),
		...term.prefix.map((w) => db.sessions.where('words').startsWith(w).primaryKeys())
	]);
	return new Set(lists.flat());
}

/** The ids a search matches (word index, or the prKey index for a PR reference); undefined: no search. */
async function searchIds(db: ShipshapeDB, query: string): Promise<Set<string> | undefined> {
	const text = query.trim();
	if (text === '') return undefined;
	const ref = parsePrRef(text);
	if (ref.ok) return new Set(await db.sessions.where('prKey').startsWith(prKeyPrefix(ref.pr)).primaryKeys());
	const terms = searchTerms(text);
	if (terms.length === 0) return undefined;
	let ids: Set<string> | undefined;
	for (const term of terms) {
		const found = await termIds(db, term);
		ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
		if (ids.size === 0) break;
	}
	return ids;
}

/** Rows of `ids` (in order) that pass the filter, `skip` of them skipped, until `want` are found. */
async function readMatching(db: ShipshapeDB, ids: readonly string[], filter: SessionListFilter, skip: number, want: number): Promise<StoredSession[]> {
	const out: StoredSession[] = [];
	let skipped = 0;
	for (let at = 0, batch = Math.max(want, 16); at < ids.length && out.length < want; at += batch, batch *= 2) {
		const rows = await db.sessions.bulkGet(ids.slice(at, at + batch));
		for (const row of rows) {
			if (!row || !matchesFilter(row, filter)) continue;
			if (skipped < skip) skipped++;
			else if (out.length < want) out.push(row);
		}
	}
	return out;
}

/** One page of sessions in the order of `sort`, narrowed by role, status and search. */
export async function listSessionsPage(request: SessionPageRequest, options?: RepoOptions): Promise<SessionPage> {
	const db = dbOf(options);
	const limit = clampLimit(request.limit);
	const offset = Math.max(0, Math.floor(request.offset ?? 0));
	const sort = request.sort ?? 'updated';
	const filter = { role: request.role, status: request.status };
	const matches = await searchIds(db, request.query ?? '');
	// One extra row tells whether there is a next page without a count.
	let rows: StoredSession[];
	if (matches === undefined) {
		const c = sorted(db, sort);
		const narrowed = filter.role === undefined && filter.status === undefined ? c : c.filter((s) => matchesFilter(s, filter));
		rows = await narrowed.offset(offset).limit(limit + 1).toArray();
	} else {
		const ids = matches.size ? (await idsInOrder(db, sort)).filter((id) => matches.has(id)) : [];
		rows = await readMatching(db, ids, filter, offset, limit + 1);
	}
	return { sessions: rows.slice(0, limit).map((r) => toSession(r)), hasMore: rows.length > limit };
}

export function countSessions(filter: SessionListFilter = {}, options?: RepoOptions): Promise<number> {
	const c = dbOf(options).sessions.toCollection();
	return (filter.role === undefined && filter.status === undefined ? c : c.filter((s) => matchesFilter(s, filter))).count();
}

/** Search by repository, PR number, title or note words (or a PR reference), newest first. */
export async function searchSessions(query: string, options: SessionListFilter & RepoOptions & { limit?: number; sort?: SessionSort } = {}): Promise<Session[]> {
	const { db, now, limit, ...request } = options;
	const page = await listSessionsPage({ ...request, query, limit: limit ?? 50 }, { db, now });
	return page.sessions;
}
