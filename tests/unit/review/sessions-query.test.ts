import { describe, expect, it } from 'vitest';
import { filterSessions, matchesSearch, querySessions, sortSessions } from '$lib/review/sessions-query';
import type { Session } from '$lib/review/schema';
import { makeSession } from '../../fixtures/sessions';

const rows: Session[] = [
	{ ...makeSession({ id: 'a', ref: 'acme/api#12', title: 'Retry client', now: '2025-01-01T00:00:00.000Z' }), updatedAt: '2025-01-05T00:00:00.000Z' },
	{ ...makeSession({ id: 'b', ref: 'acme/web#3', title: 'Dark mode', role: 'reviewer', now: '2025-01-02T00:00:00.000Z' }), status: 'archived' },
	{ ...makeSession({ id: 'c', ref: 'https://gitlab.com/g/tools/-/merge_requests/120', title: 'Fix API docs', now: '2025-01-03T00:00:00.000Z' }), status: 'complete' }
];
const ids = (list: Session[]) => list.map((s) => s.id);

describe('sessions query', () => {
	it('searches repo, number and title, case-insensitively; every word must match', () => {
		expect(ids(filterSessions(rows, { query: 'ACME' }))).toEqual(['a', 'b']);
		expect(ids(filterSessions(rows, { query: '#3' }))).toEqual(['b']);
		// A number matches the PR number exactly: 12 is not 120.
		expect(ids(filterSessions(rows, { query: '12' }))).toEqual(['a']);
		expect(ids(filterSessions(rows, { query: 'api docs' }))).toEqual(['c']);
		expect(ids(filterSessions(rows, { query: '   ' }))).toEqual(['a', 'b', 'c']);
	});

	it('a PR reference matches that PR exactly', () => {
		expect(matchesSearch(rows[0]!, 'https://github.com/ACME/api/pull/12/files')).toBe(true);
		expect(matchesSearch(rows[0]!, 'acme/api#1')).toBe(false);
		expect(ids(filterSessions(rows, { query: 'g/tools!120' }))).toEqual(['c']);
	});

	it('filters by role and status', () => {
		expect(ids(filterSessions(rows, { role: 'reviewer' }))).toEqual(['b']);
		expect(ids(filterSessions(rows, { status: 'active' }))).toEqual(['a', 'c']);
		expect(ids(filterSessions(rows, { status: 'archived' }))).toEqual(['b']);
	});

	it('sorts by updated, created and PR', () => {
		expect(ids(sortSessions(rows, 'updated'))).toEqual(['a', 'c', 'b']);
		expect(ids(sortSessions(rows, 'created'))).toEqual(['c', 'b', 'a']);
		expect(ids(sortSessions(rows, 'created', 'asc'))).toEqual(['a', 'b', 'c']);
		expect(ids(sortSessions(rows, 'pr'))).toEqual(['a', 'b', 'c']);
		expect(ids(querySessions(rows, { status: 'active' }, 'updated', 'asc'))).toEqual(['c', 'a']);
	});
});
