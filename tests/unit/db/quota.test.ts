// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getAnswers, saveFiveSecond, setAnswer, setAnswers } from '$lib/db/answers-repo';
import type { ShipshapeDB } from '$lib/db/database';
import { toWriteError, WRITE_ERROR_MESSAGES, WriteError } from '$lib/db/errors';
import { markSectionRead } from '$lib/db/reading-repo';
import { createOrOpenSession, getSession, updateSession } from '$lib/db/sessions-repo';
import { productionChecklist } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';
import { failWritesWithQuota, freshDb } from './db-helpers';

const QUOTA = 'Your browser is out of storage space for Shipshape. Free space or export a backup, then try again.';
const dbs: ShipshapeDB[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

function quotaDb(tables: string[]) {
	const db = freshDb();
	dbs.push(db);
	const quota = failWritesWithQuota(db, tables);
	quota.on = false;
	return { db, quota };
}

const P = 'production-code-checklist/tier-1';

describe('quota exceeded', () => {
	it('a new session: WriteError with the quota message, nothing stored', async () => {
		const { db, quota } = quotaDb(['sessions']);
		quota.on = true;
		const err = await createOrOpenSession(makeSession(), { db }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(WriteError);
		expect(err).toMatchObject({ kind: 'quota', message: QUOTA });
		expect((err as WriteError).cause).toBeDefined();
		quota.on = false;
		expect(await db.sessions.count()).toBe(0);
	});

	it('a tick: data unchanged', async () => {
		const { db, quota } = quotaDb(['answers']);
		await createOrOpenSession(makeSession(), { db });
		await setAnswer('s1', `${P}/tests`, { state: 'done', note: 'kept' }, { db, now: '2025-01-02T00:00:00.000Z' });
		const before = { s: await getSession('s1', { db }), a: await getAnswers('s1', { db }) };
		quota.on = true;
		await expect(setAnswer('s1', `${P}/tests`, { state: 'fail' }, { db })).rejects.toMatchObject({ kind: 'quota', message: QUOTA });
		quota.on = false;
		// The session's updatedAt was written first in the same transaction: rolled back too.
		expect({ s: await getSession('s1', { db }), a: await getAnswers('s1', { db }) }).toEqual(before);
	});

	it('a multi-table write is all or nothing', async () => {
		const { db, quota } = quotaDb(['answers']);
		await createOrOpenSession(makeSession(), { db });
		const before = await getSession('s1', { db });
		quota.on = true;
		await expect(setAnswers('s1', [answer('s1', `${P}/tests`, 'na')], { title: 'changed' }, { db })).rejects.toMatchObject({ kind: 'quota' });
		await expect(saveFiveSecond('s1', productionChecklist, 'shared-state', false, { db })).rejects.toMatchObject({ kind: 'quota' });
		quota.on = false;
		expect(await getSession('s1', { db })).toEqual(before);
		expect(await db.answers.count()).toBe(0);
	});

	it('session updates and reading progress map the same way', async () => {
		const { db, quota } = quotaDb(['sessions', 'reading']);
		await createOrOpenSession(makeSession(), { db });
		quota.on = true;
		await expect(updateSession('s1', { title: 'x' }, { db })).rejects.toMatchObject({ kind: 'quota' });
		await expect(markSectionRead('std', 'intro', { db })).rejects.toMatchObject({ kind: 'quota' });
		quota.on = false;
		expect(await db.reading.count()).toBe(0);
	});
});

describe('toWriteError', () => {
	it('finds quota inside wrappers (Dexie inner, AbortError cause, BulkError failures)', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(toWriteError({ name: 'AbortError', inner: quota }).kind).toBe('quota');
		expect(toWriteError(new Error('aborted', { cause: quota })).kind).toBe('quota');
		expect(toWriteError({ name: 'BulkError', failures: [new Error('x'), quota] }).kind).toBe('quota');
	});

	it('maps other failures to user messages and never loses the cause', () => {
		const closed = { name: 'DatabaseClosedError' };
		expect(toWriteError(closed)).toMatchObject({ kind: 'version-change', message: WRITE_ERROR_MESSAGES['version-change'], cause: closed });
		expect(toWriteError({ name: 'VersionError' }).kind).toBe('version-change');
		expect(toWriteError({ name: 'MissingAPIError' }).kind).toBe('unavailable');
		expect(toWriteError({ name: 'ConstraintError' }).kind).toBe('conflict');
		expect(toWriteError(new TypeError('boom')).kind).toBe('unknown');
		expect(toWriteError('weird').kind).toBe('unknown');
		const w = new WriteError('not-found');
		expect(toWriteError(w)).toBe(w);
	});
});
