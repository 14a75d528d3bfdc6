/**
 * Search, filter and sort for the sessions list, on rows already fetched.
 * The db layer uses `matchesSearch` too, so the list and the database agree
 * on what a search matches.
 */
import type { Role } from '$lib/content/schema';
import type { Session, SessionStatus } from './schema';
import { parsePrRef, prKeyPrefix, prSortKey } from './pr-ref';
import { searchTerms, searchWords, wordsMatch } from './search-words';

export type SessionRow = Pick<Session, 'pr' | 'prKey' | 'title' | 'role' | 'status' | 'createdAt' | 'updatedAt'>;

/** Archived reviews leave the default list; the status filter shows them. */
export const DEFAULT_STATUS = 'active' as const;

export interface SessionFilter {
	query?: string;
	role?: Role;
	/** 'active': anything not archived. */
	status?: SessionStatus | 'active';
}

export type SessionSort = 'updated' | 'created' | 'pr';
export type SortDirection = 'asc' | 'desc';

/**
 * A pasted PR link or `owner/repo#12` matches that PR exactly; otherwise every
 * word of the query must match a word of the repository, the PR number, the
 * title or (given) the words of its notes: see search-words.ts.
 */
export function matchesSearch(s: SessionRow, query: string, noteWords: readonly string[] = []): boolean {
	const text = query.trim();
	if (text === '') return true;
	const ref = parsePrRef(text);
	if (ref.ok) return s.prKey.startsWith(prKeyPrefix(ref.pr));
	return wordsMatch(searchTerms(text), searchWords(s, noteWords));
}

function matchesStatus(s: Pick<SessionRow, 'status'>, status: SessionFilter['status']): boolean {
	if (status === undefined) return true;
	return status === 'active' ? s.status !== 'archived' : s.status === status;
}

/** Role and status only (the database finds the search matches through its word index). */
export function matchesFilter(s: Pick<SessionRow, 'role' | 'status'>, filter: Omit<SessionFilter, 'query'>): boolean {
	return (filter.role === undefined || s.role === filter.role) && matchesStatus(s, filter.status);
}

export function filterSessions<T extends SessionRow>(sessions: readonly T[], filter: SessionFilter): T[] {
	return sessions.filter((s) => matchesFilter(s, filter) && matchesSearch(s, filter.query ?? ''));
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending comparator. */
function comparator(sort: SessionSort): (a: SessionRow, b: SessionRow) => number {
	if (sort === 'created') return (a, b) => byString(a.createdAt, b.createdAt);
	// The same key the database's sort index holds: the list and the pure query agree.
	if (sort === 'pr') return (a, b) => byString(prSortKey(a.pr, a.role), prSortKey(b.pr, b.role));
	return (a, b) => byString(a.updatedAt, b.updatedAt);
}

/** Newest first (dates) or A→Z, lowest number first (PR): the list's only directions. */
export const defaultDirection = (sort: SessionSort): SortDirection => (sort === 'pr' ? 'asc' : 'desc');

/** New array; default newest first (dates) or A→Z, lowest number first (PR). */
export function sortSessions<T extends SessionRow>(sessions: readonly T[], sort: SessionSort, direction?: SortDirection): T[] {
	const dir = direction ?? defaultDirection(sort);
	const cmp = comparator(sort);
	const sign = dir === 'asc' ? 1 : -1;
	// prKey is unique: equal dates still sort the same way on every render.
	return [...sessions].sort((a, b) => sign * cmp(a, b) || byString(a.prKey, b.prKey));
}

export function querySessions<T extends SessionRow>(sessions: readonly T[], filter: SessionFilter, sort: SessionSort, direction?: SortDirection): T[] {
	return sortSessions(filterSessions(sessions, filter), sort, direction);
}
