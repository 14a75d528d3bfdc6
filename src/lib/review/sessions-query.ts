/**
 * Search, filter and sort for the sessions list, on rows already fetched.
 * The db layer uses `matchesSearch` too, so the list and the database agree
 * on what a search matches.
 */
import type { Role } from '$lib/content/schema';
import type { Session, SessionStatus } from './schema';
import { parsePrRef, prKeyPrefix } from './pr-ref';

export type SessionRow = Pick<Session, 'pr' | 'prKey' | 'title' | 'role' | 'status' | 'createdAt' | 'updatedAt'>;

export interface SessionFilter {
	query?: string;
	role?: Role;
	/** 'active': anything not archived. */
	status?: SessionStatus | 'active';
}

export type SessionSort = 'updated' | 'created' | 'pr';
export type SortDirection = 'asc' | 'desc';

function matchesToken(s: SessionRow, token: string): boolean {
	const num = /^[#!]?(\d+)$/.exec(token)?.[1];
	if (num !== undefined && s.pr.number === Number(num)) return true;
	return s.pr.repo.toLowerCase().includes(token) || s.title.toLowerCase().includes(token);
}

/**
 * A pasted PR link or `owner/repo#12` matches that PR exactly; otherwise every
 * word must appear in the repo or title, or be the PR number ("12", "#12").
 */
export function matchesSearch(s: SessionRow, query: string): boolean {
	const text = query.trim().toLowerCase();
	if (text === '') return true;
	const ref = parsePrRef(text);
	if (ref.ok) return s.prKey.startsWith(prKeyPrefix(ref.pr));
	return text.split(/\s+/).every((token) => matchesToken(s, token));
}

function matchesStatus(s: SessionRow, status: SessionFilter['status']): boolean {
	if (status === undefined) return true;
	return status === 'active' ? s.status !== 'archived' : s.status === status;
}

export function filterSessions<T extends SessionRow>(sessions: readonly T[], filter: SessionFilter): T[] {
	return sessions.filter(
		(s) => (filter.role === undefined || s.role === filter.role) && matchesStatus(s, filter.status) && matchesSearch(s, filter.query ?? '')
	);
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending comparator. */
function comparator(sort: SessionSort): (a: SessionRow, b: SessionRow) => number {
	if (sort === 'created') return (a, b) => byString(a.createdAt, b.createdAt);
	if (sort === 'pr') {
		return (a, b) =>
			byString(a.pr.host, b.pr.host) ||
			a.pr.repo.localeCompare(b.pr.repo, undefined, { sensitivity: 'base' }) ||
			a.pr.number - b.pr.number ||
			byString(a.role, b.role);
	}
	return (a, b) => byString(a.updatedAt, b.updatedAt);
}

/** New array; default newest first (dates) or A→Z, lowest number first (PR). */
export function sortSessions<T extends SessionRow>(sessions: readonly T[], sort: SessionSort, direction?: SortDirection): T[] {
	const dir = direction ?? (sort === 'pr' ? 'asc' : 'desc');
	const cmp = comparator(sort);
	const sign = dir === 'asc' ? 1 : -1;
	// prKey is unique: equal dates still sort the same way on every render.
	return [...sessions].sort((a, b) => sign * cmp(a, b) || byString(a.prKey, b.prKey));
}

export function querySessions<T extends SessionRow>(sessions: readonly T[], filter: SessionFilter, sort: SessionSort, direction?: SortDirection): T[] {
	return sortSessions(filterSessions(sessions, filter), sort, direction);
}
