// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShipshapeDB } from '$lib/db/database';
import { listSearch, listSessionsPage } from '$lib/db/session-list-repo';
import { PROBE, rareIds, rowFilter, SCAN_CAP, walkInOrder } from '$lib/db/session-list-scan';
import type { Session, SessionStatus } from '$lib/review/schema';
import { querySessions, type SessionFilter, type SessionSort } from '$lib/review/sessions-query';
import { makeSession } from '../../fixtures/sessions';
import { freshDb } from './db-helpers';

// Enough rows that a common word has more than PROBE index entries (the walk) and a rare one fewer (the candidates).
const COUNT = 700;
const STATUSES: SessionStatus[] = ['in-progress', 'complete', 'archived'];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'apple'];
const iso = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();

function row(i: number): Session {
	const rare = i % 97 === 5 ? ' zephyr' : '';
	const title = `${WORDS[i % 5]} ${WORDS[(i * 3) % 5]} item ${i}${rare}`;
	const s = makeSession({ id: `s${i}`, ref: `org${i % 4}/repo${i % 7}#${i + 1}`, role: i % 3 ? 'author' : 'reviewer', title, now: iso(i) });
	return { ...s, status: STATUSES[i % 3]!, updatedAt: iso((i * 37) % COUNT) };
}

let db: ShipshapeDB;
const all = Array.from({ length: COUNT }, (_, i) => row(i));
const ids = (list: readonly Pick<Session, 'id'>[]) => list.map((s) => s.id);

beforeAll(async () => {
	db = freshDb();
	await db.sessions.bulkPut(all);
});
afterAll(() => db.close());

async function everyPage(filter: SessionFilter, sort: SessionSort, limit: number): Promise<string[]> {
	const got: string[] = [];
	for (let offset = 0; ; offset += limit) {
		const page = await listSessionsPage({ ...filter, sort, limit, offset }, { db });
		got.push(...ids(page.sessions));
		if (!page.hasMore) return got;
	}
}

describe('a page reads about a page, whatever the query matches', () => {
	it.each([
		[{ query: 'a' }],
		[{ query: 'al' }],
		[{ query: 'zephyr' }],
		[{ query: 'z' }],
		[{ query: 'a b' }],
		[{ query: 'apple zeph' }],
		[{ query: '12' }],
		[{ query: '#12' }],
		[{ query: 'org2/repo3#500' }],
		[{ query: 'alpha', role: 'reviewer' as const, status: 'active' as const }],
		[{ query: 'nothing-like-this' }],
		[{ status: 'archived' as const }]
	])('%j: every page, every sort, agrees with the pure query', async (filter) => {
		for (const sort of ['updated', 'created', 'pr'] as const) {
			expect(await everyPage(filter, sort, 50)).toEqual(ids(querySessions(all, filter, sort)));
		}
	});

	it('a one-letter prefix walks the sort index and stops after the page', async () => {
		const toArray = vi.spyOn(db.sessions.core, 'query');
		try {
			const page = await listSessionsPage({ query: 'a', limit: 50 }, { db });
			expect(ids(page.sessions)).toEqual(ids(querySessions(all, { query: 'a' }, 'updated')).slice(0, 50));
			expect(page.hasMore).toBe(true);
			const rowsRead = toArray.mock.calls.filter(([req]) => req.values).map(([req]) => req.limit ?? Infinity);
			expect(Math.max(...rowsRead)).toBeLessThan(300);
		} finally {
			toArray.mockRestore();
		}
	});

	it('a rare word reads only its candidates; a common one is not rare', async () => {
		expect((await rareIds(db, listSearch('zephyr')))?.sort()).toEqual(ids(all.filter((s) => s.title.includes('zephyr'))).sort());
		expect(await rareIds(db, listSearch('a'))).toBeUndefined();
		// The rarest term decides: "a" alone is not rare, with "zephyr" it is.
		expect(await rareIds(db, listSearch('a zephyr'))).toHaveLength(all.filter((s) => s.title.includes('zephyr')).length);
		expect(await rareIds(db, listSearch(''))).toBeUndefined();
		expect(PROBE).toBeLessThan(COUNT);
	});

	it('the walk gives up at its cap, and the full index path answers instead', async () => {
		const accept = rowFilter({}, listSearch('zephyr'));
		expect(await walkInOrder(db, 'updated', accept, 51, 64)).toBeUndefined();
		const found = await walkInOrder(db, 'updated', accept, 51, COUNT + 1);
		expect(ids(found ?? [])).toEqual(ids(querySessions(all, { query: 'zephyr' }, 'updated')));
		expect(SCAN_CAP).toBeGreaterThan(500);
	});
});

describe('a table larger than the walk cap', () => {
	it('a filter few rows pass still pages correctly (the full index path)', async () => {
		const big = freshDb();
		const n = SCAN_CAP + 201;
		const rows = Array.from({ length: n }, (_, i) => ({ ...row(i), updatedAt: iso((i * 37) % n), status: (i % 500 === 3 ? 'complete' : 'archived') as SessionStatus }));
		await big.sessions.bulkPut(rows);
		const page = await listSessionsPage({ status: 'complete', limit: 5 }, { db: big });
		expect(ids(page.sessions)).toEqual(ids(querySessions(rows, { status: 'complete' }, 'updated')).slice(0, 5));
		expect(page.hasMore).toBe(true);
		big.close();
	}, 30_000);
});
