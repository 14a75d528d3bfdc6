/**
 * The sessions list: pages, counts and search, always through an index so a
 * page of 50 stays ~2 ms at 10,000 sessions (a whole-table toArray is ~77 ms).
 */
import { Dexie, type Collection } from 'dexie';
import type { Role } from '$lib/content/schema';
import { parsePrRef, prKeyPrefix } from '$lib/review/pr-ref';
import type { Session, SessionStatus } from '$lib/review/schema';
import { matchesSearch } from '$lib/review/sessions-query';
import type { ShipshapeDB } from './database';
import { dbOf, type RepoOptions } from './write';

export interface SessionListFilter {
	role?: Role;
	status?: SessionStatus;
}

export interface SessionPageRequest extends SessionListFilter {
	/** Page size, 1..500. */
	limit: number;
	offset?: number;
}

export interface SessionPage {
	sessions: Session[];
	/** Another page follows. */
	hasMore: boolean;
}

/** Newest first, narrowed by the best compound index; a second filter runs on that index's rows only. */
function byUpdated(db: ShipshapeDB, filter: SessionListFilter): Collection<Session, string> {
	const { role, status } = filter;
	if (role !== undefined) {
		const c = db.sessions.where('[role+updatedAt]').between([role, Dexie.minKey], [role, Dexie.maxKey]).reverse();
		return status === undefined ? c : c.filter((s) => s.status === status);
	}
	if (status !== undefined) {
		return db.sessions.where('[status+updatedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).reverse();
	}
	return db.sessions.orderBy('updatedAt').reverse();
}

const clampLimit = (limit: number): number => Math.min(500, Math.max(1, Math.floor(limit)));

/** One page of sessions, most recently updated first. */
export async function listSessionsPage(request: SessionPageRequest, options?: RepoOptions): Promise<SessionPage> {
	const db = dbOf(options);
	const limit = clampLimit(request.limit);
	const offset = Math.max(0, Math.floor(request.offset ?? 0));
	// One extra row tells whether there is a next page without a count.
	const rows = await byUpdated(db, request).offset(offset).limit(limit + 1).toArray();
	return { sessions: rows.slice(0, limit), hasMore: rows.length > limit };
}

export function countSessions(filter: SessionListFilter = {}, options?: RepoOptions): Promise<number> {
	return byUpdated(dbOf(options), filter).count();
}

/**
 * Search by repo, PR number or title, newest first. A PR link or
 * `owner/repo#12` is an exact prKey lookup; other text scans the updatedAt
 * index and stops at `limit` matches (fine for ~10k sessions).
 */
export async function searchSessions(query: string, options: SessionListFilter & RepoOptions & { limit?: number } = {}): Promise<Session[]> {
	const db = dbOf(options);
	const limit = clampLimit(options.limit ?? 50);
	const ref = parsePrRef(query);
	const keep = (s: Session): boolean =>
		(options.role === undefined || s.role === options.role) && (options.status === undefined || s.status === options.status);
	if (ref.ok) {
		const rows = await db.sessions.where('prKey').startsWith(prKeyPrefix(ref.pr)).toArray();
		return rows.filter(keep).slice(0, limit);
	}
	return byUpdated(db, options)
		.filter((s) => matchesSearch(s, query))
		.limit(limit)
		.toArray();
}
