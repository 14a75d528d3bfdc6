// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { subscribeLive } from '$lib/db/live';
import { listSessionsPage } from '$lib/db/session-list-repo';
import { archiveSession, createOrOpenSession, setStatus, updateSession } from '$lib/db/sessions-repo';
import { setAnswer } from '$lib/db/answers-repo';
import { makeSession } from '../../fixtures/sessions';
import { freshDb } from './db-helpers';

/** The ids of each result the live list query emits, until `until` holds. */
function watch(q: Parameters<typeof listSessionsPage>[0], db: ReturnType<typeof freshDb>) {
	const seen: string[][] = [];
	let wake = () => {};
	const stop = subscribeLive(() => listSessionsPage(q, { db }), {
		next: (page) => {
			seen.push(page.sessions.map((s) => s.id));
			wake();
		},
		error: (e) => {
			throw e;
		}
	});
	const next = (pred: (ids: string[]) => boolean) =>
		new Promise<void>((resolve) => {
			wake = () => pred(seen.at(-1)!) && resolve();
			if (seen.length && pred(seen.at(-1)!)) resolve();
		});
	return { next, stop };
}

describe('the live list follows every change that affects it', () => {
	it.each([[{ limit: 10, status: 'active' as const }], [{ limit: 10, query: 'shop' }], [{ limit: 10 }]])('%j: archive, title, note', async (q) => {
		const db = freshDb();
		await createOrOpenSession(makeSession({ id: 'a', ref: 'acme/shop#1', title: 'one' }), { db });
		await createOrOpenSession(makeSession({ id: 'b', ref: 'acme/shop#2', title: 'two' }), { db });
		const w = watch(q, db);
		await w.next((ids) => ids.length === 2);
		if ('status' in q) {
			await archiveSession('a', { db });
			await w.next((ids) => ids.join() === 'b');
		}
		if ('query' in q) {
			await updateSession('a', { title: 'zebra' }, { db });
			const z = watch({ limit: 10, query: 'zebra' }, db);
			await z.next((ids) => ids.join() === 'a');
			await setAnswer('b', 'x', { note: 'zebra too' }, { db });
			await z.next((ids) => ids.length === 2);
			z.stop();
		}
		w.stop();
		db.close();
	});

	it('the walk (no search: the sort index in order) sees a row it skipped come back, and a new row at the top', async () => {
		const db = freshDb();
		const at = (i: number) => `2025-01-0${i + 1}T10:00:00.000Z`;
		for (let i = 0; i < 5; i++) await createOrOpenSession(makeSession({ id: `r${i}`, ref: `acme/shop#${i + 1}`, now: at(i) }), { db });
		await archiveSession('r4', { db });
		const w = watch({ limit: 3, status: 'active' }, db);
		await w.next((ids) => ids.join() === 'r3,r2,r1');
		await setStatus('r4', 'in-progress', { db });
		await w.next((ids) => ids.join() === 'r4,r3,r2');
		await createOrOpenSession(makeSession({ id: 'new', ref: 'acme/shop#99', now: at(8) }), { db });
		await w.next((ids) => ids.join() === 'new,r4,r3');
		w.stop();
		db.close();
	});
});
