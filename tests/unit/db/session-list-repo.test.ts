// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShipshapeDB } from '$lib/db/database';
import { countSessions, listSessionsPage, searchSessions } from '$lib/db/session-list-repo';
import type { Session, SessionStatus } from '$lib/review/schema';
import { querySessions } from '$lib/review/sessions-query';
import { makeSession } from '../../fixtures/sessions';
import { freshDb } from './db-helpers';

const STATUSES: SessionStatus[] = ['in-progress', 'complete', 'archived'];
const iso = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();

function row(i: number): Session {
	const s = makeSession({ id: `s${i}`, ref: `org${i % 4}/repo${i % 7}#${i + 1}`, role: i % 3 ? 'author' : 'reviewer', title: `Change ${i}`, now: iso(i) });
	// updatedAt not in insertion order, so the index (not the insert order) must sort.
	return { ...s, status: STATUSES[i % 3]!, updatedAt: iso((i * 37) % 211) };
}

let db: ShipshapeDB;
const all = Array.from({ length: 211 }, (_, i) => row(i));

beforeAll(async () => {
	db = freshDb();
	await db.sessions.bulkPut(all);
});
afterAll(() => db.close());

const ids = (list: Session[]) => list.map((s) => s.id);

describe('listSessionsPage', () => {
	it('pages newest first with hasMore', async () => {
		const expected = ids(querySessions(all, {}, 'updated'));
		const p1 = await listSessionsPage({ limit: 50 }, { db });
		const p5 = await listSessionsPage({ limit: 50, offset: 200 }, { db });
		expect(ids(p1.sessions)).toEqual(expected.slice(0, 50));
		expect(p1.hasMore).toBe(true);
		expect(ids(p5.sessions)).toEqual(expected.slice(200));
		expect(p5.hasMore).toBe(false);
	});

	it.each([
		[{ role: 'reviewer' as const }],
		[{ status: 'archived' as const }],
		[{ role: 'author' as const, status: 'complete' as const }]
	])('filters %j through the indexes, pages agree with the pure query', async (filter) => {
		const expected = ids(querySessions(all, filter, 'updated'));
		const got: string[] = [];
		for (let offset = 0; ; offset += 20) {
			const page = await listSessionsPage({ ...filter, limit: 20, offset }, { db });
			got.push(...ids(page.sessions));
			if (!page.hasMore) break;
		}
		expect(got).toEqual(expected);
		expect(await countSessions(filter, { db })).toBe(expected.length);
	});

	it('clamps silly limits', async () => {
		expect((await listSessionsPage({ limit: 0 }, { db })).sessions).toHaveLength(1);
		expect((await listSessionsPage({ limit: 10_000 }, { db })).sessions).toHaveLength(211);
		expect(await countSessions({}, { db })).toBe(211);
	});
});

describe('sorting over the whole list, by the index of the sort key', () => {
	it.each([['updated' as const], ['created' as const], ['pr' as const]])('%s: every page agrees with the pure sort of all rows', async (sort) => {
		for (const filter of [{}, { status: 'active' as const }, { role: 'reviewer' as const, query: 'org2' }]) {
			const expected = ids(querySessions(all, filter, sort));
			const got: string[] = [];
			for (let offset = 0; ; offset += 40) {
				const page = await listSessionsPage({ ...filter, sort, limit: 40, offset }, { db });
				got.push(...ids(page.sessions));
				if (!page.hasMore) break;
			}
			expect(got).toEqual(expected);
		}
	});

	it('pull request order is host, repository, then number (9 before 10)', async () => {
		const page = await listSessionsPage({ sort: 'pr', limit: 3, query: 'org0/repo0' }, { db });
		expect(page.sessions.map((s) => s.pr.number)).toEqual([1, 29, 57]);
	});
});

describe('searchSessions', () => {
	it('by PR reference: exact, both roles', async () => {
		const target = all[10]!;
		const res = await searchSessions(`https://github.com/${target.pr.repo}/pull/${target.pr.number}`, { db });
		expect(ids(res)).toEqual([target.id]);
	});

	it('by words and number, newest first, limited', async () => {
		const expected = ids(querySessions(all, { query: 'repo3' }, 'updated'));
		expect(ids(await searchSessions('repo3', { db, limit: 500 }))).toEqual(expected);
		expect(await searchSessions('repo3', { db, limit: 5 })).toHaveLength(5);
		expect(ids(await searchSessions('#42', { db }))).toEqual(['s41']);
		// "41" is PR #41 (s40) or a title word starting with "41" (s41; not "141"): the db and the pure query agree.
		expect(ids(await searchSessions('change 41', { db }))).toEqual(ids(querySessions(all, { query: 'change 41' }, 'updated')));
		expect(ids(await searchSessions('change 41', { db })).sort()).toEqual(['s40', 's41']);
		expect(ids(await searchSessions('chan', { db, limit: 500 }))).toHaveLength(211);
		expect(await searchSessions('nothing-like-this', { db })).toEqual([]);
		const filtered = await searchSessions('org1', { db, role: 'reviewer', status: 'in-progress', limit: 500 });
		expect(ids(filtered)).toEqual(ids(querySessions(all, { query: 'org1', role: 'reviewer', status: 'in-progress' }, 'updated')));
	});
});
