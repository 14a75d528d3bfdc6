import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { markSectionRead, readSections, readSectionsBySlug } from '$lib/db/reading-repo';
import { addCustomStandard, listCustomStandards } from '$lib/db/custom-standards-repo';
import { peekReadSections, peekReadSectionsBySlug } from '$lib/db/peek-reading';
import { peekCustomStandards } from '$lib/db/peek-custom-standards';
import { sectionIdsBySlug } from '$lib/db/reading-keys';
import { SCHEMA_V1 } from '$lib/db/versions';
import { closedAfterEach, uniqueName } from './db-helpers';

const open = closedAfterEach();
const T0 = '2025-01-01T00:00:00.000Z';

describe('reading marks by peek', () => {
	it('answers what the Dexie reads answer, without Dexie', async () => {
		const name = uniqueName();
		const db = open(name);
		for (const [slug, id] of [['a', 'tiers'], ['a', 'intro'], ['b', 'intro'], ['ab', 'x']] as const) await markSectionRead(slug, id, { db, now: T0 });
		const [ids, bySlug] = [await readSections('a', { db }), await readSectionsBySlug({ db })];
		db.close();
		expect(await peekReadSections('a', { indexedDB, name })).toEqual({ kind: 'read', value: ids });
		expect(ids).toEqual(['intro', 'tiers']);
		expect(await peekReadSectionsBySlug({ indexedDB, name })).toEqual({ kind: 'read', value: bySlug });
		expect(await peekReadSections('nothing-read', { indexedDB, name })).toEqual({ kind: 'read', value: [] });
	});

	it('says "empty" on a fresh profile and creates no database; Dexie creates it on the first mark', async () => {
		const name = uniqueName();
		expect(await peekReadSections('a', { indexedDB, name })).toEqual({ kind: 'empty' });
		expect(await peekReadSectionsBySlug({ indexedDB, name })).toEqual({ kind: 'empty' });
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
		const db = open(name);
		await markSectionRead('a', 'intro', { db, now: T0 });
		db.close();
		expect(await peekReadSections('a', { indexedDB, name })).toEqual({ kind: 'read', value: ['intro'] });
	});

	it('leaves an older schema to Dexie ("unavailable")', async () => {
		const name = uniqueName();
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(1).stores(SCHEMA_V1);
		await old.open();
		await old.table('reading').put({ standardSlug: 'a', sectionId: 'intro', readAt: T0 });
		old.close();
		expect((await peekReadSections('a', { indexedDB, name })).kind).toBe('unavailable');
		expect((await peekReadSectionsBySlug({ indexedDB, name })).kind).toBe('unavailable');
		// The Dexie path upgrades it, marks kept.
		expect(await readSections('a', { db: open(name) })).toEqual(['intro']);
	});

	it('groups keys by standard in key order', () => {
		expect(sectionIdsBySlug([['a', '1'], ['a', '2'], ['b', '1']])).toEqual({ a: ['1', '2'], b: ['1'] });
		expect(sectionIdsBySlug([])).toEqual({});
	});
});

describe('custom standards by peek', () => {
	it('lists them as the Dexie read does (by title), or "empty" without a database', async () => {
		const name = uniqueName();
		expect(await peekCustomStandards({ indexedDB, name })).toEqual({ kind: 'empty' });
		const db = open(name);
		await addCustomStandard({ title: 'Zebra rules', markdown: '# Z\n\n- [ ] a\n' }, { db, now: T0 });
		await addCustomStandard({ title: 'Alpha rules', markdown: '# A\n\n- [ ] a\n' }, { db, now: T0 });
		const listed = await listCustomStandards({ db });
		db.close();
		const peeked = await peekCustomStandards({ indexedDB, name });
		expect(peeked).toEqual({ kind: 'read', value: listed });
		expect(listed.map((r) => r.title)).toEqual(['Alpha rules', 'Zebra rules']);
	});
});
