// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getAnswers, setAnswer } from '$lib/db/answers-repo';
import type { DatabaseEvent } from '$lib/db/database';
import { subscribeLive } from '$lib/db/live';
import { createOrOpenSession, updateSession } from '$lib/db/sessions-repo';
import { SCHEMA_V1 } from '$lib/db/versions';
import type { Answer } from '$lib/review/schema';
import { makeSession } from '../../fixtures/sessions';
import { freshDb, uniqueName } from './db-helpers';

function waitFor<T>(values: T[], test: (v: T) => boolean, ms = 2000): Promise<T> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const poll = () => {
			const hit = values.find(test);
			if (hit !== undefined) return resolve(hit);
			if (Date.now() - started > ms) return reject(new Error('timed out'));
			setTimeout(poll, 10);
		};
		poll();
	});
}

describe('liveQuery across tabs', () => {
	it('a tab sees the other tab’s ticks', async () => {
		const name = uniqueName();
		const tabA = freshDb(name);
		const tabB = freshDb(name);
		await createOrOpenSession(makeSession(), { db: tabA });
		const seen: Answer[][] = [];
		const errors: unknown[] = [];
		const stop = subscribeLive(() => getAnswers('s1', { db: tabA }), { next: (v) => seen.push(v), error: (e) => errors.push(e) });
		await waitFor(seen, (v) => v.length === 0);
		await setAnswer('s1', 'production-code-checklist/tier-1/tests', { state: 'done' }, { db: tabB });
		const latest = await waitFor(seen, (v) => v.length === 1);
		expect(latest[0]).toMatchObject({ itemId: 'production-code-checklist/tier-1/tests', state: 'done' });
		stop();
		expect(errors).toEqual([]);
		tabA.close();
		tabB.close();
	});
});

describe('versionchange (another tab upgraded)', () => {
	it('closes, tells subscribers, and later writes fail with the reload message', async () => {
		const name = uniqueName();
		const db = freshDb(name);
		await createOrOpenSession(makeSession(), { db });
		const events: DatabaseEvent[] = [];
		const unsubscribe = db.onVersionChange((e) => events.push(e));

		const newer = new Dexie(name, { indexedDB, IDBKeyRange });
		newer.version(2).stores({ ...SCHEMA_V1, sessions: `${SCHEMA_V1.sessions}, title` });
		await newer.open();

		expect(events).toEqual([{ kind: 'versionchange', message: expect.stringMatching(/updated in another tab/) }]);
		expect(db.versionChanged).toBe(true);
		await expect(updateSession('s1', { title: 'x' }, { db })).rejects.toMatchObject({
			kind: 'version-change',
			message: 'Shipshape was updated in another tab. Reload this page to keep working; your saved work is safe.'
		});
		unsubscribe();
		newer.close();
	});
});
