// First: Dexie reads the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { putAnswer, setAnswer } from '$lib/db/answers-repo';
import { subscribeAnswers } from '$lib/db/live-answers';
import { createOrOpenSession, deleteSession } from '$lib/db/sessions-repo';
import type { Answer } from '$lib/review/schema';
import { answer, makeSession } from '../../fixtures/sessions';
import { freshDb, uniqueName } from './db-helpers';

const T1 = 'production-code-checklist/tier-1/tests';
const T2 = 'production-code-checklist/tier-1/resources';

function collector() {
	const seen: Answer[][] = [];
	const errors: unknown[] = [];
	const until = (test: (rows: Answer[]) => boolean, ms = 2000): Promise<Answer[]> =>
		new Promise((resolve, reject) => {
			const started = Date.now();
			const poll = () => {
				const hit = seen.findLast(test);
				if (hit) return resolve(hit);
				if (Date.now() - started > ms) return reject(new Error(`timed out; last: ${JSON.stringify(seen.at(-1))}`));
				setTimeout(poll, 5);
			};
			poll();
		});
	return { seen, errors, until, handlers: { next: (rows: Answer[]) => seen.push(rows), error: (e: unknown) => errors.push(e) } };
}

describe('subscribeAnswers: a review’s answers, row by row', () => {
	it('reads the review once, then only the rows a write changed, from this tab and another', async () => {
		const name = uniqueName();
		const tabA = freshDb(name);
		const tabB = freshDb(name);
		await createOrOpenSession(makeSession(), { db: tabA });
		await createOrOpenSession(makeSession({ id: 'other', ref: 'acme/api#99' }), { db: tabA });
		await putAnswer(answer('s1', T1, 'done'), { db: tabA });
		const c = collector();
		const stop = subscribeAnswers('s1', c.handlers, { db: tabA });
		await c.until((rows) => rows.length === 1);

		await putAnswer(answer('s1', T2, 'na', { note: 'why' }), { db: tabA });
		const two = await c.until((rows) => rows.length === 2);
		expect(two.find((r) => r.itemId === T2)).toMatchObject({ state: 'na', note: 'why' });

		await setAnswer('s1', T1, { state: 'open' }, { db: tabB });
		await c.until((rows) => rows.find((r) => r.itemId === T1)?.state === 'open');

		// Another review's answers never show up here.
		const before = c.seen.length;
		await putAnswer(answer('other', T1, 'done'), { db: tabA });
		await new Promise((r) => setTimeout(r, 50));
		expect(c.seen.slice(before).every((rows) => rows.every((r) => r.sessionId === 's1'))).toBe(true);

		// A bulk delete (the review deleted in another tab) empties it.
		await deleteSession('s1', { db: tabB });
		await c.until((rows) => rows.length === 0);
		stop();
		expect(c.errors).toEqual([]);
		tabA.close();
		tabB.close();
	});
});
