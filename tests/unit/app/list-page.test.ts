// First: Dexie reads the global indexedDB when it loads (liveQuery needs it).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listPageReader, type ListPage, type ListQuery } from '$lib/app/home/list-page';
import { putAnswer, setAnswer } from '$lib/db/answers-repo';
import { listAnswers } from '$lib/db/list-answers';
import { subscribeLive } from '$lib/db/live';
import { createOrOpenSession, deleteSession, updateSession } from '$lib/db/sessions-repo';
import { answer, makeSession } from '../../fixtures/sessions';
import { freshDb, uniqueName } from '../db/db-helpers';

const T1 = 'production-code-checklist/tier-1/tests';
const T2 = 'production-code-checklist/tier-1/resources';
const LATER = '2025-01-03T10:00:00.000Z';
const query = (over: Partial<ListQuery> = {}): ListQuery => ({ query: '', role: undefined, status: undefined, sort: 'updated', limit: 50, ...over });

async function twoReviews(db: ReturnType<typeof freshDb>) {
	await createOrOpenSession(makeSession({ id: 'a', ref: 'acme/shop#1', title: 'Retry' }), { db });
	await createOrOpenSession(makeSession({ id: 'b', ref: 'acme/shop#2', title: 'Cache' }), { db });
	await putAnswer(answer('a', T1, 'done'), { db });
	await putAnswer(answer('a', T2, 'fail'), { db });
}

/** Every page a live list emits, and a wait for one that passes `test`. */
function watch(read: (q: ListQuery) => Promise<ListPage>, q: ListQuery) {
	const seen: ListPage[] = [];
	const errors: unknown[] = [];
	const stop = subscribeLive(() => read(q), { next: (p) => seen.push(p), error: (e) => errors.push(e) });
	const until = (test: (p: ListPage) => boolean, ms = 2000) =>
		new Promise<ListPage>((resolve, reject) => {
			const started = Date.now();
			const poll = () => {
				const hit = seen.findLast(test);
				if (hit) return resolve(hit);
				if (Date.now() - started > ms) return reject(new Error(`timed out; errors: ${String(errors)}`));
				setTimeout(poll, 5);
			};
			poll();
		});
	return { seen, errors, until, stop };
}

describe('listAnswers', () => {
	it('each session’s rows, [] for one without, nothing for no session', async () => {
		const db = freshDb();
		await twoReviews(db);
		const byId = await listAnswers(db, ['b', 'a', 'gone']);
		expect([...byId.keys()]).toEqual(['b', 'a', 'gone']);
		expect(byId.get('a')?.map((r) => [r.itemId, r.state])).toEqual([
			[T2, 'fail'],
			[T1, 'done']
		]);
		expect(byId.get('b')).toEqual([]);
		expect(byId.get('gone')).toEqual([]);
		expect((await listAnswers(db, [])).size).toBe(0);
		db.close();
	});

	it('remembers what it read, and forgets a review as soon as a write touches its answers, from any tab', async () => {
		const name = uniqueName();
		const tabA = freshDb(name);
		const tabB = freshDb(name);
		await twoReviews(tabA);
		const first = await listAnswers(tabA, ['a', 'b']);
		const again = await listAnswers(tabA, ['a', 'b']);
		expect(again.get('a')).toBe(first.get('a'));
		await setAnswer('a', T1, { state: 'open' }, { db: tabB, now: LATER });
		await putAnswer(answer('b', T2, 'na', { updatedAt: LATER }), { db: tabA });
		const after = await listAnswers(tabA, ['a', 'b']);
		expect(after.get('a')?.find((r) => r.itemId === T1)?.state).toBe('open');
		expect(after.get('b')?.map((r) => r.state)).toEqual(['na']);
		// A deleted review's answers go with it.
		await deleteSession('b', { db: tabB });
		expect((await listAnswers(tabA, ['a', 'b'])).get('b')).toEqual([]);
		tabA.close();
		tabB.close();
	});
});

describe('listPageReader: the list page and its answers in one live read', () => {
	it('reads each listed review’s answers with the page, searched and filtered as the page is', async () => {
		const db = freshDb();
		await twoReviews(db);
		const read = listPageReader({ db });
		const all = await read(query());
		expect(all.sessions.map((s) => s.id)).toEqual(['b', 'a']);
		expect(all.answers.get('a')).toHaveLength(2);
		expect(all.answers.get('b')).toEqual([]);
		const found = await read(query({ query: 'retry' }));
		expect(found.sessions.map((s) => s.id)).toEqual(['a']);
		expect([...found.answers.keys()]).toEqual(['a']);
		db.close();
	});

	it('follows a tick from another tab; unchanged reviews and answers keep their objects', async () => {
		const name = uniqueName();
		const tabA = freshDb(name);
		const tabB = freshDb(name);
		await twoReviews(tabA);
		const w = watch(listPageReader({ db: tabA }), query());
		const first = await w.until((p) => p.sessions.length === 2);
		await setAnswer('b', T1, { state: 'na' }, { db: tabB, now: LATER });
		const next = await w.until((p) => p.answers.get('b')?.length === 1);
		expect(next.answers.get('b')?.[0]).toMatchObject({ itemId: T1, state: 'na' });
		expect(next.answers.get('a')).toBe(first.answers.get('a'));
		expect(next.sessions.find((s) => s.id === 'a')).toBe(first.sessions.find((s) => s.id === 'a'));
		// A changed review gets a new object; its answers, unchanged, keep theirs.
		await updateSession('a', { title: 'Retry with backoff' }, { db: tabB, now: LATER });
		const renamed = await w.until((p) => p.sessions.some((s) => s.title === 'Retry with backoff'));
		expect(renamed.sessions.find((s) => s.id === 'a')).not.toBe(first.sessions.find((s) => s.id === 'a'));
		expect(renamed.answers.get('a')).toBe(first.answers.get('a'));
		// Answers the last reads took from memory are still watched: a tick there re-reads the list.
		await setAnswer('a', T1, { state: 'fail' }, { db: tabB, now: LATER });
		const ticked = await w.until((p) => p.answers.get('a')?.find((r) => r.itemId === T1)?.state === 'fail');
		expect(ticked.answers.get('b')).toBe(next.answers.get('b'));
		expect(w.errors).toEqual([]);
		w.stop();
		tabA.close();
		tabB.close();
	});
});
