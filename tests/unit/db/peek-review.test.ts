import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createOrOpenSession, getSession, updateSession } from '$lib/db/sessions-repo';
import { getAnswers, putAnswer } from '$lib/db/answers-repo';
import { addCustomStandard, listCustomStandards } from '$lib/db/custom-standards-repo';
import type { ShipshapeDB } from '$lib/db/database';
import { peekReview } from '$lib/db/peek-review';
import { SCHEMA_V1 } from '$lib/db/versions';
import { answer, makeSession } from '../../fixtures/sessions';
import { freshDb, uniqueName } from './db-helpers';

/** A database with two reviews, answers in both, a note (index fields on the session row) and two custom standards. */
async function seeded(name: string): Promise<ShipshapeDB> {
	const db = freshDb(name);
	await createOrOpenSession(makeSession({ id: 's1', ref: 'acme/api#12' }), { db });
	await createOrOpenSession(makeSession({ id: 's2', ref: 'acme/api#13' }), { db });
	await updateSession('s1', { title: 'Retry the client' }, { db, now: '2025-01-02T00:00:00.000Z' });
	for (const [itemId, state] of [['b-item', 'done'], ['a-item', 'na'], ['c-item', 'fail']] as const) {
		await putAnswer(answer('s1', itemId, state, { note: itemId === 'c-item' ? 'times out under load' : '' }), { db });
	}
	await putAnswer(answer('s2', 'a-item', 'done'), { db });
	await addCustomStandard({ title: 'Zeta checks', markdown: '# Zeta\n\n- [ ] one\n' }, { db });
	await addCustomStandard({ title: 'Alpha checks', markdown: '# Alpha\n\n- [ ] two\n' }, { db });
	return db;
}

describe('peekReview', () => {
	it('returns what the Dexie reads return: the session (no index fields), its answers in order, the custom standards by title', async () => {
		const name = uniqueName();
		const db = await seeded(name);
		const expected = { session: await getSession('s1', { db }), answers: await getAnswers('s1', { db }), customStandards: await listCustomStandards({ db }) };
		db.close();
		const result = await peekReview('s1', { indexedDB, name });
		expect(result).toEqual({ kind: 'read', value: expected });
		// The stored row does carry the derived fields; the peek strips them like getSession.
		expect(result.kind === 'read' && Object.keys(result.value.session ?? {})).not.toContain('words');
		expect(result.kind === 'read' && result.value.customStandards.map((c) => c.title)).toEqual(['Alpha checks', 'Zeta checks']);
		expect(result.kind === 'read' && result.value.answers.map((a) => a.itemId)).toEqual(['a-item', 'b-item', 'c-item']);
	});

	it('reads an unknown id as no session and no answers (the page says "Review not found")', async () => {
		const name = uniqueName();
		(await seeded(name)).close();
		const result = await peekReview('nope', { indexedDB, name });
		expect(result).toMatchObject({ kind: 'read', value: { session: undefined, answers: [] } });
	});

	it('says "empty" when there is no database yet, and creates none', async () => {
		const name = uniqueName();
		expect(await peekReview('s1', { indexedDB, name })).toEqual({ kind: 'empty' });
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
	});

	it('says "unavailable" for a schema Dexie must upgrade first, and leaves it to Dexie', async () => {
		const name = uniqueName();
		const old = new Dexie(name, { indexedDB, IDBKeyRange });
		old.version(1).stores(SCHEMA_V1);
		await old.open();
		await old.table('sessions').put({ ...makeSession({ id: 's1' }) });
		old.close();
		expect((await peekReview('s1', { indexedDB, name })).kind).toBe('unavailable');
		const db = freshDb(name);
		expect((await getSession('s1', { db }))?.id).toBe('s1');
		db.close();
	});

	it('never blocks an upgrade in another tab: its connection is closed once read', async () => {
		const name = uniqueName();
		const db = await seeded(name);
		db.close();
		await peekReview('s1', { indexedDB, name });
		const newer = new Dexie(name, { indexedDB, IDBKeyRange });
		newer.version(40).stores({ ...SCHEMA_V1, extra: 'id' });
		await newer.open();
		expect(newer.verno).toBe(40);
		newer.close();
	});
});
