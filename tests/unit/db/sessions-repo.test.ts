// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteError } from '$lib/db/errors';
import { getAnswers, setAnswer } from '$lib/db/answers-repo';
import {
	archiveSession,
	createOrOpenSession,
	deleteSession,
	getSession,
	getSessionByPr,
	restoreDeleted,
	setStatus,
	updateSession
} from '$lib/db/sessions-repo';
import type { ShipshapeDB } from '$lib/db/database';
import { freshDb, uniqueName } from './db-helpers';
import { makeSession, pr } from '../../fixtures/sessions';

const dbs: ShipshapeDB[] = [];
const open = (name?: string) => {
	const db = freshDb(name);
	dbs.push(db);
	return db;
};
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const NOW = '2025-01-02T00:00:00.000Z';
const ITEM = 'production-code-checklist/tier-1/concurrency';

describe('createOrOpenSession', () => {
	it('stores a new session and reads it back', async () => {
		const db = open();
		const s = makeSession();
		expect(await createOrOpenSession(s, { db })).toEqual({ session: s, created: true });
		expect(await getSession('s1', { db })).toEqual(s);
		expect(await getSessionByPr(pr('https://github.com/ACME/api/pull/12'), 'author', { db })).toEqual(s);
	});

	it('a second review of the same PR and role opens the existing one', async () => {
		const db = open();
		const first = makeSession({ id: 'first' });
		await createOrOpenSession(first, { db });
		const again = await createOrOpenSession(makeSession({ id: 'second', ref: 'https://github.com/Acme/Api/pull/12/files' }), { db });
		expect(again).toEqual({ session: first, created: false });
		expect(await db.sessions.count()).toBe(1);
		const reviewer = await createOrOpenSession(makeSession({ id: 'third', role: 'reviewer' }), { db });
		expect(reviewer.created).toBe(true);
	});

	it('rejects invalid input before any write, and stores nothing', async () => {
		const db = open();
		const spy = vi.spyOn(db, 'transaction');
		const bad = { ...makeSession(), pr: { ...makeSession().pr, number: -1 } };
		await expect(createOrOpenSession(bad, { db })).rejects.toMatchObject({ name: 'WriteError', kind: 'invalid' });
		const badDate = { ...makeSession(), updatedAt: 'yesterday' };
		const err = await createOrOpenSession(badDate, { db }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(WriteError);
		expect((err as WriteError).message).toMatch(/not valid \(updatedAt: /);
		const wrongKey = { ...makeSession(), prKey: 'github:acme/api#13|author' };
		await expect(createOrOpenSession(wrongKey, { db })).rejects.toMatchObject({ kind: 'invalid' });
		expect(spy).not.toHaveBeenCalled();
		expect(await db.sessions.count()).toBe(0);
	});
});

describe('updateSession', () => {
	it('patches fields, merges commit fields and bumps updatedAt', async () => {
		const db = open();
		await createOrOpenSession(makeSession(), { db });
		const s = await updateSession('s1', { title: 'New', commit: { scope: 'client' }, triggers: ['production-code-checklist/hot-path'] }, { db, now: NOW });
		expect(s).toMatchObject({ title: 'New', updatedAt: NOW, triggers: ['production-code-checklist/hot-path'] });
		expect(s.commit).toEqual({ type: 'feat', scope: 'client', description: '', breaking: '', refs: true });
		expect(await getSession('s1', { db })).toEqual(s);
	});

	it('a new PR brings a new prKey; a taken one is a conflict', async () => {
		const db = open();
		await createOrOpenSession(makeSession(), { db });
		await createOrOpenSession(makeSession({ id: 's2', ref: 'acme/api#13' }), { db });
		const moved = await updateSession('s1', { pr: pr('acme/api#14') }, { db });
		expect(moved.prKey).toBe('github:acme/api#14|author');
		await expect(updateSession('s1', { pr: pr('acme/api#13') }, { db })).rejects.toMatchObject({ kind: 'conflict' });
		expect((await getSession('s1', { db }))?.pr.number).toBe(14);
	});

	it('rejects patches of ids and timestamps, and unknown sessions', async () => {
		const db = open();
		await createOrOpenSession(makeSession(), { db });
		await expect(updateSession('s1', { id: 'x' } as never, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(updateSession('s1', { status: 'done' } as never, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(updateSession('nope', { title: 'x' }, { db })).rejects.toMatchObject({
			kind: 'not-found',
			message: 'This review no longer exists. It may have been deleted in another tab.'
		});
		expect((await getSession('s1', { db }))?.title).toBe('Add retry to the client');
	});

	it('setStatus / archiveSession', async () => {
		const db = open();
		await createOrOpenSession(makeSession(), { db });
		expect((await setStatus('s1', 'complete', { db })).status).toBe('complete');
		expect((await archiveSession('s1', { db, now: NOW })).status).toBe('archived');
	});

	it('two tabs changing different fields keep both changes', async () => {
		const name = uniqueName();
		const a = open(name);
		const b = open(name);
		await createOrOpenSession(makeSession(), { db: a });
		await Promise.all([updateSession('s1', { title: 'From A' }, { db: a }), updateSession('s1', { commit: { description: 'from b' } }, { db: b })]);
		const s = await getSession('s1', { db: a });
		expect(s?.title).toBe('From A');
		expect(s?.commit.description).toBe('from b');
	});
});

describe('deleteSession + restoreDeleted', () => {
	it('undo brings back exactly what was deleted', async () => {
		const db = open();
		const s = makeSession();
		await createOrOpenSession(s, { db });
		await createOrOpenSession(makeSession({ id: 'other', ref: 'x/y#1' }), { db });
		await setAnswer('s1', ITEM, { state: 'done', answer: 'No shared state' }, { db, now: NOW });
		await setAnswer('s1', 'production-code-checklist/tier-1/tests', { state: 'na', note: 'docs only' }, { db, now: NOW });
		await setAnswer('other', ITEM, { state: 'done' }, { db, now: NOW });
		const before = { session: await getSession('s1', { db }), answers: await getAnswers('s1', { db }) };

		const deleted = await deleteSession('s1', { db });
		expect(deleted).toEqual(before);
		expect(await getSession('s1', { db })).toBeUndefined();
		expect(await getAnswers('s1', { db })).toEqual([]);
		expect(await getAnswers('other', { db })).toHaveLength(1);

		await restoreDeleted(deleted!, { db });
		expect({ session: await getSession('s1', { db }), answers: await getAnswers('s1', { db }) }).toEqual(before);
	});

	it('deleting what is gone returns undefined', async () => {
		expect(await deleteSession('nope', { db: open() })).toBeUndefined();
	});

	it('undo is refused when the PR got a new review meanwhile', async () => {
		const db = open();
		await createOrOpenSession(makeSession(), { db });
		const deleted = await deleteSession('s1', { db });
		await createOrOpenSession(makeSession({ id: 'new' }), { db });
		await expect(restoreDeleted(deleted!, { db })).rejects.toMatchObject({
			kind: 'conflict',
			message: 'A review of this pull request in this role already exists.'
		});
		expect(await getSession('s1', { db })).toBeUndefined();
	});
});
