/**
 * Opening databases made by earlier versions. Each schema bump in versions.ts
 * adds a case here: build the previous layout with old rows, open it with
 * ShipshapeDB, check the rows read (and were upgraded).
 */
// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ShipshapeDB } from '$lib/db/database';
import { getAnswers } from '$lib/db/answers-repo';
import { listSessionsPage, searchSessions } from '$lib/db/session-list-repo';
import { describeOpenError } from '$lib/db/errors';
import { getSession, getSessionByPr } from '$lib/db/sessions-repo';
import { readSections } from '$lib/db/reading-repo';
import { DB_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, upgradeV1toV2 } from '$lib/db/versions';
import { sessionIndexMiddleware } from '$lib/db/session-index';
import { noteWords } from '$lib/review/search-words';
import { sessionSchema } from '$lib/review/schema';
import { answer, makeSession, pr } from '../../fixtures/sessions';
import { failWritesWithQuota, uniqueName } from './db-helpers';

const deps = { indexedDB, IDBKeyRange };
// A session as version 1 of the app wrote it.
const oldSession = makeSession({ id: 'old-1', ref: 'acme/legacy#7' });
const oldAnswer = answer('old-1', 'production-code-checklist/tier-1/tests', 'done', { answer: 'Covered' });

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** The v1 layout built by hand with raw IndexedDB (Dexie stores version × 10). */
async function createRawV1(name: string): Promise<void> {
	const open = indexedDB.open(name, 10);
	open.onupgradeneeded = () => {
		const idb = open.result;
		const sessions = idb.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('prKey', 'prKey', { unique: true });
		for (const i of ['updatedAt', 'createdAt', 'status', 'role', 'pr.repo']) sessions.createIndex(i, i);
		sessions.createIndex('[role+updatedAt]', ['role', 'updatedAt']);
		sessions.createIndex('[status+updatedAt]', ['status', 'updatedAt']);
		const answers = idb.createObjectStore('answers', { keyPath: ['sessionId', 'itemId'] });
		answers.createIndex('sessionId', 'sessionId');
		answers.createIndex('updatedAt', 'updatedAt');
		idb.createObjectStore('reading', { keyPath: ['standardSlug', 'sectionId'] }).createIndex('standardSlug', 'standardSlug');
		idb.createObjectStore('customStandards', { keyPath: 'slug' }).createIndex('updatedAt', 'updatedAt');
	};
	const idb = await request(open);
	const tx = idb.transaction(['sessions', 'answers', 'reading'], 'readwrite');
	tx.objectStore('sessions').put(oldSession);
	tx.objectStore('answers').put(oldAnswer);
	tx.objectStore('reading').put({ standardSlug: 'production-code-checklist', sectionId: 'tiers', readAt: '2024-12-01T00:00:00.000Z' });
	await new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	idb.close();
}

/**
 * Open `name` with the app while every sessions write fails (the upgrade
 * fails): the user is told, and the raw database is still at `rawVersion`
 * (Dexie's version × 10). Returns it and its session rows as stored.
 */
async function openFailingUpgrade(name: string, rawVersion: number): Promise<{ raw: IDBDatabase; rows: { id: string; words: string[] }[] }> {
	const db = new ShipshapeDB(name, deps);
	failWritesWithQuota(db, ['sessions']);
	const error = await db.open().then(() => undefined, (e: unknown) => e);
	expect(error).toBeDefined();
	expect(describeOpenError(error)).toMatch(/could not be updated.*nothing was changed/i);
	db.close();
	const raw = await request(indexedDB.open(name));
	expect(raw.version).toBe(rawVersion);
	const rows = await request(raw.transaction('sessions').objectStore('sessions').getAll());
	return { raw, rows: rows as { id: string; words: string[] }[] };
}

async function expectOldRowsReadable(db: ShipshapeDB): Promise<void> {
	expect(await getSession('old-1', { db })).toEqual(oldSession);
	expect(sessionSchema.safeParse(await getSession('old-1', { db })).success).toBe(true);
	expect(await getSessionByPr(pr('acme/legacy#7'), 'author', { db })).toEqual(oldSession);
	expect(await getAnswers('old-1', { db })).toEqual([oldAnswer]);
	expect((await listSessionsPage({ role: 'author', limit: 10 }, { db })).sessions).toHaveLength(1);
}

describe('schema versions', () => {
	it('is at version 3 with the documented tables and indexes', () => {
		const db = new ShipshapeDB(uniqueName(), deps);
		expect(DB_VERSION).toBe(3);
		expect(db.verno).toBe(3);
		expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V3).sort());
		expect(db.sessions.schema.idxByName['prKey']?.unique).toBe(true);
		expect(db.sessions.schema.idxByName['words']?.multi).toBe(true);
		expect(db.sessions.schema.idxByName['prSort']).toBeDefined();
		expect(db.answers.schema.indexes.map((i) => i.name)).toEqual(['sessionId']);
	});

	it('opens a v1 database created with raw IndexedDB and reads its rows', async () => {
		const name = uniqueName();
		await createRawV1(name);
		const db = new ShipshapeDB(name, deps);
		await expectOldRowsReadable(db);
		expect(await readSections('production-code-checklist', { db })).toEqual(['tiers']);
		db.close();
	});

	it('opens a v1 database created by a plain Dexie with SCHEMA_V1', async () => {
		const name = uniqueName();
		const old = new Dexie(name, deps);
		old.version(1).stores(SCHEMA_V1);
		await old.table('sessions').put(oldSession);
		await old.table('answers').put(oldAnswer);
		old.close();
		const db = new ShipshapeDB(name, deps);
		await expectOldRowsReadable(db);
		db.close();
	});
});

describe('version 1 → 2', () => {
	const sessions = [
		oldSession,
		makeSession({ id: 'old-2', ref: 'acme/shop#42', title: 'Flaky checkout test', role: 'reviewer' }),
		makeSession({ id: 'old-3', ref: 'https://gitlab.com/grp/tools/-/merge_requests/9', title: 'Docs' })
	];
	const notes = [answer('old-3', 'x', 'fail', { note: 'Breaks the Zebra parser' }), oldAnswer];

	async function createV1(name: string): Promise<void> {
		const old = new Dexie(name, deps);
		old.version(1).stores(SCHEMA_V1);
		await old.table('sessions').bulkPut(sessions);
		await old.table('answers').bulkPut(notes);
		old.close();
	}

	it('keeps every row and makes every session findable by repository, number, title and notes', async () => {
		const name = uniqueName();
		await createV1(name);
		const db = new ShipshapeDB(name, deps);
		for (const s of sessions) expect(await getSession(s.id, { db })).toEqual(s);
		expect(await getAnswers('old-3', { db })).toEqual([notes[0]]);
		const found = async (q: string) => (await searchSessions(q, { db })).map((s) => s.id);
		expect(await found('legacy')).toEqual(['old-1']);
		expect(await found('#42')).toEqual(['old-2']);
		expect(await found('flak check')).toEqual(['old-2']);
		expect(await found('zebra')).toEqual(['old-3']);
		expect(await found('grp/tools!9')).toEqual(['old-3']);
		const byPr = await listSessionsPage({ sort: 'pr', limit: 10 }, { db });
		expect(byPr.sessions.map((s) => s.id)).toEqual(['old-1', 'old-2', 'old-3']);
		db.close();
	});

	it('a failed upgrade leaves the data as it was, at version 1, and says so', async () => {
		const name = uniqueName();
		await createV1(name);
		const { raw, rows } = await openFailingUpgrade(name, 10);
		expect(rows).toEqual(sessions.slice().sort((a, b) => a.id.localeCompare(b.id)));
		expect(raw.objectStoreNames.length).toBe(4);
		raw.close();
	});
});

describe('version 2 → 3', () => {
	const sessions = [
		makeSession({ id: 'v2-a', ref: 'acme/shop#1', title: 'Checkout' }),
		makeSession({ id: 'v2-b', ref: 'acme/shop#2', title: 'Basket', role: 'reviewer' }),
		makeSession({ id: 'v2-c', ref: 'acme/shop#3', title: 'Search' })
	];
	const answers = [
		answer('v2-a', 'x', 'na', { reason: 'Generated by the Quokka compiler' }),
		answer('v2-a', 'y', 'done', { note: 'checked in staging' }),
		answer('v2-b', 'x', 'fail', { note: 'Breaks the Zebra parser' }),
		// An old N/A row (before `reason` existed) kept its reason in the note: already indexed by v2.
		answer('v2-c', 'x', 'na', { note: 'Vendored wombat code' })
	];

	/** A database as version 2 of the app wrote it: its index middleware, note words from notes only. */
	async function createV2(name: string): Promise<void> {
		const old = new Dexie(name, deps);
		old.version(1).stores(SCHEMA_V1);
		old.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
		old.use(sessionIndexMiddleware);
		const notesOf = (id: string) => noteWords(answers.filter((a) => a.sessionId === id).map((a) => a.note));
		await old.table('sessions').bulkPut(sessions.map((s) => ({ ...s, noteWords: notesOf(s.id) })));
		await old.table('answers').bulkPut(answers);
		old.close();
	}

	it('keeps every row and makes N/A reasons findable, notes still found', async () => {
		const name = uniqueName();
		await createV2(name);
		const before = new Dexie(name, deps);
		before.version(2).stores(SCHEMA_V2);
		expect(await before.table('sessions').where('words').equals('quokka').count()).toBe(0);
		before.close();
		const db = new ShipshapeDB(name, deps);
		for (const s of sessions) expect(await getSession(s.id, { db })).toEqual(s);
		for (const s of sessions) expect(await getAnswers(s.id, { db })).toEqual(answers.filter((a) => a.sessionId === s.id));
		const found = async (q: string) => (await searchSessions(q, { db })).map((s) => s.id);
		expect(await found('quokka')).toEqual(['v2-a']);
		expect(await found('quok compiler')).toEqual(['v2-a']);
		expect(await found('staging')).toEqual(['v2-a']);
		expect(await found('zebra')).toEqual(['v2-b']);
		expect(await found('wombat')).toEqual(['v2-c']);
		expect(await found('checkout')).toEqual(['v2-a']);
		db.close();
	});

	it('a failed upgrade leaves the data as it was, at version 2, and says so', async () => {
		const name = uniqueName();
		await createV2(name);
		const { raw, rows } = await openFailingUpgrade(name, 20);
		expect(rows.map((r) => [r.id, r.words.includes('quokka')])).toEqual([
			['v2-a', false],
			['v2-b', false],
			['v2-c', false]
		]);
		raw.close();
	});
});
