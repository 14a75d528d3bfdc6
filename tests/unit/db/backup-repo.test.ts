// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAllData, readAllForBackup, restoreBackup } from '$lib/db/backup-repo';
import type { ShipshapeDB } from '$lib/db/database';
import { WriteError } from '$lib/db/errors';
import { createOrOpenSession } from '$lib/db/sessions-repo';
import { setAnswer } from '$lib/db/answers-repo';
import { searchSessions } from '$lib/db/session-list-repo';
import { buildBackup, parseBackup, serializeBackup } from '$lib/backup/envelope';
import type { Backup } from '$lib/backup/schema';
import { answer, makeSession, T0 } from '../../fixtures/sessions';
import { backupOf, ITEM, sampleBackup, T1, T2, toBytes } from '../../fixtures/backups';
import { failWritesWithQuota, freshDb } from './db-helpers';

const dbs: ShipshapeDB[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
const open = (): ShipshapeDB => {
	const db = freshDb();
	dbs.push(db);
	return db;
};
const snapshot = (db: ShipshapeDB) => readAllForBackup({ db });

describe('backup and restore', () => {
	it('backup → delete all data → restore gives back every row exactly', async () => {
		const db = open();
		await restoreBackup(sampleBackup(), { db });
		await setAnswer('s1', ITEM, { note: 'checked' }, { db, now: T1 });
		const before = await snapshot(db);
		const file = serializeBackup(buildBackup(before, T2));
		await deleteAllData({ db });
		expect(await snapshot(db)).toEqual({ sessions: [], answers: [], customStandards: [], reading: [] });
		const parsed = parseBackup(toBytes(file));
		if (!parsed.ok) throw new Error(parsed.message);
		const summary = await restoreBackup(parsed.backup, { db });
		expect(summary.reviews).toEqual({ total: 2, added: 2, updated: 0, unchanged: 0 });
		expect(await snapshot(db)).toEqual(before);
	});

	it('restoring the same file twice changes nothing the second time', async () => {
		const db = open();
		const backup = sampleBackup();
		await restoreBackup(backup, { db });
		const once = await snapshot(db);
		const again = await restoreBackup(backup, { db });
		expect(again.reviews).toEqual({ total: 2, added: 0, updated: 0, unchanged: 2 });
		expect(again.answers).toEqual({ total: 2, added: 0, updated: 0, unchanged: 2 });
		expect(await snapshot(db)).toEqual(once);
	});

	it('keeps local work that is newer than the backup', async () => {
		const db = open();
		await restoreBackup(sampleBackup(), { db });
		await setAnswer('s1', ITEM, { state: 'fail', note: 'newer here' }, { db, now: T2 });
		const summary = await restoreBackup(sampleBackup(), { db });
		expect(summary.reviews.unchanged).toBe(2);
		expect(await db.answers.get(['s1', ITEM])).toMatchObject({ state: 'fail', note: 'newer here' });
	});

	it('a review of the same PR under another id is merged into the local one: nothing local is deleted (issue 13)', async () => {
		const db = open();
		await createOrOpenSession(makeSession({ id: 'local', now: T1 }), { db });
		await db.answers.bulkPut([answer('local', ITEM, 'fail', { updatedAt: T1, note: 'flaky on CI' }), answer('local', 'only-here', 'done', { updatedAt: T1 })]);
		const summary = await restoreBackup(backupOf([makeSession({ id: 'remote', now: T2 })], [answer('remote', ITEM, 'done', { updatedAt: T2 })]), { db });
		expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(['local']);
		expect(await db.answers.toArray()).toEqual([
			answer('local', 'only-here', 'done', { updatedAt: T1 }),
			answer('local', ITEM, 'done', { updatedAt: T2, note: 'flaky on CI' })
		]);
		expect(summary.mergedFromOtherDevice).toBe(1);
		expect((await searchSessions('flaky', { db })).map((s) => s.id)).toEqual(['local']);
		const again = await restoreBackup(backupOf([makeSession({ id: 'remote', now: T2 })], [answer('remote', ITEM, 'done', { updatedAt: T2 })]), { db });
		expect(again.reviews).toMatchObject({ updated: 0, unchanged: 1 });
	});

	it('an older one is ignored: no duplicate review of the PR', async () => {
		const db = open();
		await createOrOpenSession(makeSession({ id: 'local', now: T1 }), { db });
		await restoreBackup(backupOf([makeSession({ id: 'remote', now: T0 })]), { db });
		expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(['local']);
	});

	it('reports progress in chunks', async () => {
		const db = open();
		const session = makeSession({ id: 's1' });
		const answers = Array.from({ length: 2500 }, (_, i) => answer('s1', `item-${i}`, 'done'));
		const calls: [number, number][] = [];
		await restoreBackup(backupOf([session], answers), { db, onProgress: (done, total) => calls.push([done, total]) });
		expect(calls.at(-1)).toEqual([2501, 2501]);
		expect(calls.length).toBeGreaterThanOrEqual(3);
		expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
		expect(await db.answers.count()).toBe(2500);
	});
});

describe('custom standards in backups: markdown only', () => {
	it('a forged parsed result (HTML with a handler) in a backup is dropped: the restored row holds the markdown, parsed again on use', async () => {
		const db = open();
		const forged = { parser: 1, html: '<img src=x onerror="alert(1)">', search: [], summary: { slug: 'custom-ours' } };
		const backup = sampleBackup();
		const [standard] = backup.customStandards;
		if (!standard) throw new Error('fixture has a standard');
		await restoreBackup({ ...backup, customStandards: [{ ...standard, parsed: forged }] }, { db });
		const stored = await db.customStandards.get('custom-ours');
		expect(stored).toEqual(standard);
		expect(stored).not.toHaveProperty('parsed');
	});

	it('a backup with standards and no reviews restores (it used to fail: the transaction committed early)', async () => {
		const db = open();
		const standard = { slug: 'custom-ours', title: 'Ours', markdown: '# Ours\n\n- [ ] a\n', createdAt: T1, updatedAt: T1 };
		const reading = { standardSlug: 'custom-ours', sectionId: 'ours', readAt: T1 };
		const summary = await restoreBackup(backupOf([], [], { customStandards: [standard], reading: [reading] }), { db });
		expect(summary.standards).toMatchObject({ added: 1 });
		expect(await snapshot(db)).toEqual({ sessions: [], answers: [], customStandards: [standard], reading: [reading] });
	});

	it('a stored parsed result stays out of the backup', async () => {
		const db = open();
		await restoreBackup(sampleBackup(), { db });
		await db.customStandards.update('custom-ours', { parsed: { parser: 1, error: 'x' } });
		const rows = await snapshot(db);
		expect(rows.customStandards).toEqual(sampleBackup().customStandards);
	});
});

describe('refusals leave the database unchanged', () => {
	it('a damaged answer after chunks were written: refused with where it is, everything rolled back', async () => {
		const db = open();
		await restoreBackup(sampleBackup(), { db });
		const before = await snapshot(db);
		const answers: unknown[] = Array.from({ length: 4500 }, (_, i) => answer('big', `item-${i}`, 'done'));
		answers[4321] = { ...answer('big', 'bad', 'done'), state: 'maybe' };
		const error = await restoreBackup(backupOf([makeSession({ id: 'big', ref: 'acme/big#1' })], answers as never), { db }).catch((e: unknown) => e);
		expect(error).toMatchObject({ kind: 'invalid', message: expect.stringContaining('answers[4321].state: expected one of') });
		const orphan = await restoreBackup(backupOf([makeSession({ id: 'big', ref: 'acme/big#1' })], [answer('nobody', 'x', 'done')]), { db }).catch((e: unknown) => e);
		expect(orphan).toMatchObject({ kind: 'invalid', message: expect.stringContaining('answers[0].sessionId: no review with the id "nobody"') });
		expect(await snapshot(db)).toEqual(before);
	});

	it('an invalid backup object is refused before any write', async () => {
		const db = open();
		await restoreBackup(sampleBackup(), { db });
		const before = await snapshot(db);
		const bad = { ...sampleBackup(), sessions: [{ id: '' }] } as unknown as Backup;
		await expect(restoreBackup(bad, { db })).rejects.toMatchObject({ kind: 'invalid' });
		expect(await snapshot(db)).toEqual(before);
	});

	it('quota exceeded halfway: WriteError with the quota message, nothing stored', async () => {
		const db = open();
		// Sessions write, then answers fail: the whole transaction must roll back.
		const quota = failWritesWithQuota(db, ['answers']);
		quota.on = false;
		await restoreBackup(backupOf([makeSession({ id: 'keep', ref: 'acme/keep#1' })]), { db });
		const before = await snapshot(db);
		quota.on = true;
		const error = await restoreBackup(sampleBackup(), { db }).catch((e: unknown) => e);
		quota.on = false;
		expect(error).toBeInstanceOf(WriteError);
		expect(error).toMatchObject({ kind: 'quota', message: expect.stringContaining('out of storage space') });
		expect(await snapshot(db)).toEqual(before);
	});
});
