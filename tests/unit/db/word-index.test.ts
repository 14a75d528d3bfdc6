// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { putAnswer, setAnswer, setAnswers } from '$lib/db/answers-repo';
import type { ShipshapeDB } from '$lib/db/database';
import { searchSessions } from '$lib/db/session-list-repo';
import { archiveSession, createOrOpenSession, deleteSession, getSession, restoreDeleted, setStatus, touchSession, updateSession } from '$lib/db/sessions-repo';
import { answer, makeSession, T0 } from '../../fixtures/sessions';
import { freshDb } from './db-helpers';

const dbs: ShipshapeDB[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

/** A database that counts writes to the sessions table (installed before it opens). */
function counted(): { db: ShipshapeDB; sessionWrites: () => number } {
	const db = freshDb();
	dbs.push(db);
	let writes = 0;
	db.use({
		stack: 'dbcore',
		name: 'count-session-writes',
		create: (down: DBCore): DBCore => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return { ...table, mutate: (req) => (name === 'sessions' && (writes += 1), table.mutate(req)) };
			}
		})
	});
	return { db, sessionWrites: () => writes };
}

const ITEM = 'production-code-checklist/tier-1/tests';
const found = async (db: ShipshapeDB, q: string) => (await searchSessions(q, { db })).map((s) => s.id);

describe('the word index stays up to date on every write', () => {
	it('a new review is found by repository, number and title; a title change re-indexes it', async () => {
		const { db } = counted();
		await createOrOpenSession(makeSession({ ref: 'acme/shop#42', title: 'Retry the payment client' }), { db });
		expect(await found(db, 'shop')).toEqual(['s1']);
		expect(await found(db, 'paym')).toEqual(['s1']);
		expect(await found(db, '#42')).toEqual(['s1']);
		await updateSession('s1', { title: 'Cache invalidation' }, { db, now: '2025-02-01T00:00:00.000Z' });
		expect(await found(db, 'paym')).toEqual([]);
		expect(await found(db, 'invalid')).toEqual(['s1']);
	});

	it('notes are searchable; a tick that changes only state does not rewrite the session row', async () => {
		const { db, sessionWrites } = counted();
		await createOrOpenSession(makeSession(), { db });
		await setAnswer('s1', ITEM, { note: 'Timeout on the staging cluster' }, { db });
		expect(await found(db, 'staging')).toEqual(['s1']);
		const before = sessionWrites();
		await setAnswer('s1', ITEM, { state: 'done' }, { db });
		await setAnswer('s1', ITEM, { note: 'Timeout on the staging cluster' }, { db });
		expect(sessionWrites()).toBe(before);
		await setAnswer('s1', ITEM, { note: 'fixed' }, { db });
		expect(await found(db, 'staging')).toEqual([]);
		expect(await found(db, 'fixed')).toEqual(['s1']);
		await setAnswers('s1', [answer('s1', 'other', 'fail', { note: 'Zebra crossing' })], undefined, { db });
		expect(await found(db, 'zebra fixed')).toEqual(['s1']);
	});

	it('the tick path (putAnswer) writes only its row; the touch once ticks pause indexes its note', async () => {
		const { db, sessionWrites } = counted();
		await createOrOpenSession(makeSession(), { db });
		const before = sessionWrites();
		await putAnswer(answer('s1', ITEM, 'done'), { db });
		await putAnswer(answer('s1', ITEM, 'fail', { note: 'Pelican in the logs' }), { db });
		expect(sessionWrites()).toBe(before);
		await touchSession('s1', { db });
		expect(await found(db, 'pelican')).toEqual(['s1']);
	});

	it('undo of a delete brings back its note words; the row read back has no index fields', async () => {
		const { db } = counted();
		await createOrOpenSession(makeSession(), { db });
		await setAnswer('s1', ITEM, { note: 'flamingo' }, { db });
		const deleted = await deleteSession('s1', { db });
		expect(await found(db, 'flamingo')).toEqual([]);
		await restoreDeleted(deleted!, { db });
		expect(await found(db, 'flamingo')).toEqual(['s1']);
		expect(Object.keys((await getSession('s1', { db }))!)).not.toContain('words');
	});
});

describe('status is not content', () => {
	it('archive and unarchive keep updatedAt', async () => {
		const { db } = counted();
		await createOrOpenSession(makeSession({ now: T0 }), { db });
		expect((await archiveSession('s1', { db, now: '2026-01-01T00:00:00.000Z' })).updatedAt).toBe(T0);
		expect((await getSession('s1', { db }))?.status).toBe('archived');
		expect((await setStatus('s1', 'in-progress', { db })).updatedAt).toBe(T0);
		await expect(setStatus('gone', 'archived', { db })).rejects.toMatchObject({ kind: 'not-found' });
	});
});
