// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShipshapeDB } from '$lib/db/database';
import { markSectionRead, markSectionUnread, readingRows, readSections, readSectionsBySlug } from '$lib/db/reading-repo';
import { freshDb } from './db-helpers';

const dbs: ShipshapeDB[] = [];
const open = () => {
	const db = freshDb();
	dbs.push(db);
	return db;
};
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

describe('reading progress', () => {
	it('marks read (keeping the first readAt), unread and counts', async () => {
		const db = open();
		await markSectionRead('a', 'intro', { db, now: '2025-01-01T00:00:00.000Z' });
		const again = await markSectionRead('a', 'intro', { db, now: '2025-02-01T00:00:00.000Z' });
		expect(again.readAt).toBe('2025-01-01T00:00:00.000Z');
		await markSectionRead('a', 'tiers', { db });
		await markSectionRead('b', 'intro', { db });
		expect((await readSections('a', { db })).sort()).toEqual(['intro', 'tiers']);
		expect(await readSectionsBySlug({ db })).toEqual({ a: ['intro', 'tiers'], b: ['intro'] });
		await markSectionUnread('a', 'intro', { db });
		await markSectionUnread('a', 'never-read', { db });
		expect(await readingRows('a', { db })).toEqual([expect.objectContaining({ sectionId: 'tiers' })]);
	});

	it('rejects empty ids', async () => {
		const db = open();
		await expect(markSectionRead('', 'x', { db })).rejects.toMatchObject({ kind: 'invalid' });
		expect(await db.reading.count()).toBe(0);
	});
});
