// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getAnswer, getAnswers, saveFiveSecond, setAnswer, setAnswers } from '$lib/db/answers-repo';
import type { ShipshapeDB } from '$lib/db/database';
import { createOrOpenSession, deleteSession, getSession, touchSession } from '$lib/db/sessions-repo';
import { productionChecklist } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';
import { freshDb, uniqueName } from './db-helpers';

const dbs: ShipshapeDB[] = [];
const open = (name?: string) => {
	const db = freshDb(name);
	dbs.push(db);
	return db;
};
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const NOW = '2025-01-02T00:00:00.000Z';
const P = 'production-code-checklist/tier-1';

async function withSession(db: ShipshapeDB) {
	await createOrOpenSession(makeSession(), { db });
}

describe('setAnswer', () => {
	it('creates the row from "open" and patches only what is given', async () => {
		const db = open();
		await withSession(db);
		const first = await setAnswer('s1', `${P}/tests`, { note: 'later' }, { db, now: NOW });
		expect(first).toEqual({ sessionId: 's1', itemId: `${P}/tests`, state: 'open', note: 'later', answer: '', updatedAt: NOW });
		const second = await setAnswer('s1', `${P}/tests`, { state: 'done' }, { db, now: '2025-01-03T00:00:00.000Z' });
		expect(second).toMatchObject({ state: 'done', note: 'later' });
		expect(await getAnswer('s1', `${P}/tests`, { db })).toEqual(second);
		// The session row is not rewritten per tick; touchSession bumps it.
		expect((await getSession('s1', { db }))?.updatedAt).toBe(makeSession().updatedAt);
		await touchSession('s1', { db, now: '2025-01-04T00:00:00.000Z' });
		expect((await getSession('s1', { db }))?.updatedAt).toBe('2025-01-04T00:00:00.000Z');
		expect(await getAnswer('s1', `${P}/tests`, { db })).toEqual(second);
	});

	it('rejects invalid input and unknown sessions without writing', async () => {
		const db = open();
		await withSession(db);
		await expect(setAnswer('s1', `${P}/tests`, { state: 'maybe' } as never, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(setAnswer('s1', '', { state: 'done' }, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(setAnswer('gone', `${P}/tests`, { state: 'done' }, { db })).rejects.toMatchObject({ kind: 'not-found' });
		expect(await db.answers.count()).toBe(0);
	});

	it('two tabs ticking different items of one session: both kept', async () => {
		const name = uniqueName();
		const tabA = open(name);
		const tabB = open(name);
		await withSession(tabA);
		const ticks = ['concurrency', 'dependencies', 'failure-modes', 'resources', 'tests'].map((k, i) =>
			setAnswer('s1', `${P}/${k}`, { state: 'done' }, { db: i % 2 ? tabB : tabA, now: NOW })
		);
		await Promise.all(ticks);
		const rows = await getAnswers('s1', { db: tabB });
		expect(rows.map((r) => r.itemId).sort()).toEqual([`${P}/concurrency`, `${P}/dependencies`, `${P}/failure-modes`, `${P}/resources`, `${P}/tests`]);
		expect(rows.every((r) => r.state === 'done')).toBe(true);
	});

	it('a tick in a tab whose session was deleted elsewhere fails as not-found', async () => {
		const name = uniqueName();
		const tabA = open(name);
		const tabB = open(name);
		await withSession(tabA);
		await deleteSession('s1', { db: tabB });
		await expect(setAnswer('s1', `${P}/tests`, { state: 'done' }, { db: tabA })).rejects.toMatchObject({ kind: 'not-found' });
		expect(await tabA.answers.count()).toBe(0);
	});
});

describe('setAnswers', () => {
	it('writes rows and the session change together', async () => {
		const db = open();
		await withSession(db);
		await setAnswers('s1', [answer('s1', `${P}/tests`, 'na'), answer('s1', `${P}/resources`, 'done')], { title: 'T' }, { db, now: NOW });
		expect(await getAnswers('s1', { db })).toHaveLength(2);
		expect(await getSession('s1', { db })).toMatchObject({ title: 'T', updatedAt: NOW });
	});

	it('refuses rows of another session', async () => {
		const db = open();
		await withSession(db);
		await expect(setAnswers('s1', [answer('s2', `${P}/tests`, 'na')], undefined, { db })).rejects.toMatchObject({ kind: 'invalid' });
		expect(await db.answers.count()).toBe(0);
	});
});

describe('saveFiveSecond', () => {
	it('a "no" fills the check and records the answer in one go; a "yes" reopens it', async () => {
		const db = open();
		await withSession(db);
		const no = await saveFiveSecond('s1', productionChecklist, 'shared-state', false, { db, now: NOW });
		expect(no.answers).toHaveLength(1);
		expect(await getAnswer('s1', `${P}/concurrency`, { db })).toMatchObject({ state: 'done', answer: 'No shared state' });
		expect((await getSession('s1', { db }))?.fiveSecond).toEqual({ 'shared-state': false });

		await saveFiveSecond('s1', productionChecklist, 'shared-state', true, { db, now: NOW });
		expect(await getAnswer('s1', `${P}/concurrency`, { db })).toMatchObject({ state: 'open', answer: '' });
		expect((await getSession('s1', { db }))?.fiveSecond).toEqual({ 'shared-state': true });
	});

	it('keeps another tab’s other 5-second answers', async () => {
		const name = uniqueName();
		const a = open(name);
		const b = open(name);
		await withSession(a);
		await Promise.all([
			saveFiveSecond('s1', productionChecklist, 'shared-state', false, { db: a }),
			saveFiveSecond('s1', productionChecklist, 'new-deps', false, { db: b })
		]);
		expect((await getSession('s1', { db: a }))?.fiveSecond).toEqual({ 'shared-state': false, 'new-deps': false });
		expect(await getAnswers('s1', { db: a })).toHaveLength(2);
	});

	it('rejects unknown questions before writing', async () => {
		const db = open();
		await withSession(db);
		await expect(saveFiveSecond('s1', productionChecklist, 'nope', false, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(saveFiveSecond('gone', productionChecklist, 'shared-state', false, { db })).rejects.toMatchObject({ kind: 'not-found' });
	});
});
