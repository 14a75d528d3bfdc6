import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ShipshapeDB } from '$lib/db/database';
import { readListPage } from '$lib/db/list-read';
import { listCustomStandards } from '$lib/db/custom-standards-read';
import { peekHasSessions, peekSessionList } from '$lib/db/peek-session-list';
import { listSessionsPage } from '$lib/db/session-list-repo';
import { SCHEMA_V1 } from '$lib/db/versions';
import type { Answer, Session, SessionStatus } from '$lib/review/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { answer, makeSession } from '../../fixtures/sessions';
import { closedAfterEach, uniqueName } from './db-helpers';

const open = closedAfterEach();

const STATUSES: SessionStatus[] = ['in-progress', 'complete', 'archived'];
const iso = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();

/** Mixed statuses, updatedAt out of insertion order and with ties (the index's order, not insertion, must sort). */
function row(i: number): Session {
	const s = makeSession({ id: `s${String(i).padStart(3, '0')}`, ref: `org${i % 4}/repo${i % 7}#${i + 1}`, role: i % 3 ? 'author' : 'reviewer', title: `Change ${i}`, now: iso(i) });
	return { ...s, status: STATUSES[i % 3]!, updatedAt: iso((i * 37) % 61) };
}

const custom = (slug: string, title: string): CustomStandardRow => ({ slug, title, markdown: '# x', createdAt: iso(0), updatedAt: iso(0) });

const byReview = (answers: readonly Answer[]) => {
	const map: Record<string, Answer[]> = {};
	for (const a of answers) (map[a.sessionId] ??= []).push(a);
	return map;
};

async function seed(name: string, count: number, status?: SessionStatus): Promise<ShipshapeDB> {
	const db = open(name);
	const sessions = Array.from({ length: count }, (_, i) => (status ? { ...row(i), status } : row(i)));
	await db.sessions.bulkPut(sessions);
	await db.answers.bulkPut(sessions.flatMap((s, i) => (i % 2 ? [answer(s.id, 'item-b', 'done'), answer(s.id, 'item-a', i % 4 ? 'fail' : 'na', { note: 'why' })] : [])));
	await db.customStandards.bulkPut([custom('custom-b', 'Zeta rules'), custom('custom-a', 'Alpha rules'), custom('custom-c', 'Alpha rules')]);
	return db;
}

describe('peekSessionList', () => {
	it('returns the rows, answers and custom standards the Dexie path gives for the same data', async () => {
		const name = uniqueName();
		const db = await seed(name, 211);
		// What the live list reads: the page and its answers (one read transaction).
		const { page: dexie, answers: listed } = await readListPage({ limit: 50, status: 'active', sort: 'updated', query: '' }, { db });
		const dexieAnswers = [...listed.values()].flat();
		const dexieCustom = await listCustomStandards({ db });
		db.close();

		const peeked = await peekSessionList(50, { indexedDB, name });
		if (peeked.kind !== 'read') throw new Error(`expected a read, got ${peeked.kind}`);
		expect(peeked.value.sessions).toEqual(dexie.sessions);
		expect(peeked.value.sessions).toHaveLength(50);
		expect(peeked.value.sessions.some((s) => 'words' in s || 'prSort' in s)).toBe(false);
		expect(peeked.value.hasMore).toBe(dexie.hasMore);
		expect(peeked.value.hasMore).toBe(true);
		expect(byReview(peeked.value.answers)).toEqual(byReview(dexieAnswers));
		expect(dexieAnswers.length).toBeGreaterThan(0);
		expect(peeked.value.customStandards).toEqual(dexieCustom);
		expect(peeked.value.customStandards.map((c) => c.slug)).toEqual(['custom-a', 'custom-c', 'custom-b']);
	});

	it('says there is no more when the page holds every unarchived review', async () => {
		const name = uniqueName();
		const db = await seed(name, 30);
		const dexie = await listSessionsPage({ limit: 50, status: 'active' }, { db });
		db.close();
		const peeked = await peekSessionList(50, { indexedDB, name });
		expect(peeked).toMatchObject({ kind: 'read', value: { sessions: dexie.sessions, hasMore: false } });
		expect(dexie.sessions).toHaveLength(20);
	});

	it('shows no row when every review is archived', async () => {
		const name = uniqueName();
		(await seed(name, 5, 'archived')).close();
		expect(await peekSessionList(50, { indexedDB, name })).toMatchObject({ kind: 'read', value: { sessions: [], hasMore: false } });
	});

	it('leaves a store of thousands of archived reviews to the Dexie path', async () => {
		const name = uniqueName();
		(await seed(name, 4200, 'archived')).close();
		expect(await peekSessionList(50, { indexedDB, name })).toEqual({ kind: 'unavailable' });
	});

	it('reads an empty current database as no reviews', async () => {
		const name = uniqueName();
		const db = open(name);
		await db.open();
		db.close();
		expect(await peekSessionList(50, { indexedDB, name })).toEqual({
			kind: 'read',
			value: { sessions: [], hasMore: false, answers: [], customStandards: [] }
		});
	});

	it('says "empty" when no database exists and "unavailable" for an older schema', async () => {
		expect(await peekSessionList(50, { indexedDB, name: uniqueName() })).toEqual({ kind: 'empty' });
		const name = uniqueName();
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(1).stores(SCHEMA_V1);
		await old.table('sessions').put(makeSession({ id: 'old' }));
		old.close();
		expect(await peekSessionList(50, { indexedDB, name })).toEqual({ kind: 'unavailable' });
	});
});

describe('peekHasSessions', () => {
	it('answers whether any review is stored, archived included', async () => {
		const name = uniqueName();
		const db = open(name);
		await db.open();
		db.close();
		expect(await peekHasSessions({ indexedDB, name })).toEqual({ kind: 'read', value: false });
		(await seed(uniqueName(), 0)).close();
		const archived = uniqueName();
		(await seed(archived, 2, 'archived')).close();
		expect(await peekHasSessions({ indexedDB, name: archived })).toEqual({ kind: 'read', value: true });
		expect(await peekHasSessions({ indexedDB, name: uniqueName() })).toEqual({ kind: 'empty' });
	});
});
