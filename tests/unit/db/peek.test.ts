import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createOrOpenSession } from '$lib/db/sessions-repo';
import { cursorValues, NATIVE_VERSION, peek, requestValue } from '$lib/db/peek';
import { SCHEMA_V1 } from '$lib/db/versions';
import { makeSession } from '../../fixtures/sessions';
import { closedAfterEach, uniqueName } from './db-helpers';

const open = closedAfterEach();

async function existingNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('peek', () => {
	it('reads rows of the current schema without Dexie, in index order, and closes', async () => {
		const name = uniqueName();
		const db = open(name);
		for (const [id, n, now] of [['a', 1, '2025-01-01T00:00:00.000Z'], ['b', 2, '2025-03-01T00:00:00.000Z'], ['c', 3, '2025-02-01T00:00:00.000Z']] as const) {
			await createOrOpenSession(makeSession({ id, ref: `o/r#${n}`, now }), { db });
		}
		db.close();
		const result = await peek(['sessions'], (tx) => cursorValues<{ id: string }>(tx.objectStore('sessions').index('updatedAt'), 2, 'prev'), { indexedDB, name });
		expect(result.kind).toBe('read');
		expect(result.kind === 'read' && result.value.map((s) => s.id)).toEqual(['b', 'c']);
		// The connection is closed: Dexie opens (and could upgrade) at once.
		await db.open();
		expect(await db.sessions.count()).toBe(3);
	});

	it('chains requests in one transaction', async () => {
		const name = uniqueName();
		const db = open(name);
		await createOrOpenSession(makeSession({ id: 's1' }), { db });
		const result = await peek(
			['sessions', 'answers'],
			async (tx) => {
				const session = await requestValue(tx.objectStore('sessions').get('s1'));
				const answers = await requestValue(tx.objectStore('answers').index('sessionId').getAll('s1'));
				return { session, answers };
			},
			{ indexedDB, name }
		);
		expect(result).toMatchObject({ kind: 'read', value: { session: { id: 's1' }, answers: [] } });
	});

	it('says "empty" for a database that does not exist, and does not create it', async () => {
		const name = uniqueName();
		const result = await peek(['sessions'], () => Promise.resolve('never'), { indexedDB, name });
		expect(result).toEqual({ kind: 'empty' });
		expect(await existingNames()).not.toContain(name);
		// Dexie still creates it with the full schema on first use.
		const db = open(name);
		await createOrOpenSession(makeSession({ id: 's1' }), { db });
		expect(db.verno * 10).toBe(NATIVE_VERSION);
	});

	it('leaves an older schema to Dexie ("unavailable"), which then upgrades it', async () => {
		const name = uniqueName();
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(1).stores(SCHEMA_V1);
		await old.open();
		old.close();
		const result = await peek(['sessions'], () => Promise.resolve('never'), { indexedDB, name });
		expect(result.kind).toBe('unavailable');
		const db = open(name);
		await db.open();
		expect(db.verno * 10).toBe(NATIVE_VERSION);
	});

	it('says "unavailable" when the read fails (a missing store or index), and closes', async () => {
		const name = uniqueName();
		const db = open(name);
		await db.open();
		db.close();
		expect((await peek(['nope'], () => Promise.resolve(1), { indexedDB, name })).kind).toBe('unavailable');
		const missingIndex = await peek(['sessions'], (tx) => cursorValues(tx.objectStore('sessions').index('nope'), 5), { indexedDB, name });
		expect(missingIndex.kind).toBe('unavailable');
		await db.open();
		expect(db.isOpen()).toBe(true);
	});

	it('says "unavailable" without IndexedDB (a browser that has none, or private modes that refuse it)', async () => {
		const broken = { open: () => { throw new DOMException('no', 'InvalidStateError'); } } as unknown as IDBFactory;
		expect((await peek(['sessions'], () => Promise.resolve(1), { indexedDB: broken })).kind).toBe('unavailable');
	});
});
