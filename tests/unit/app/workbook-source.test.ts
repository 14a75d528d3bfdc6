/**
 * A workbook's data: the snapshot until the database code is needed, then
 * live. The app's own database (getDb) on fake-indexeddb, installed before
 * Dexie loads.
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WorkbookSource } from '$lib/app/workbook/workbook-source.svelte';
import { getDb } from '$lib/db/database';
import { createOrOpenSession, getSession } from '$lib/db/sessions-repo';
import { putAnswer } from '$lib/db/answers-repo';
import type { StoredChanges } from '$lib/app/workbook/review-changes';
import { answer, makeSession } from '../../fixtures/sessions';

afterAll(() => getDb().close());

/** A StoredChanges the test fires by hand (another tab's write). */
function manualChanges(): StoredChanges & { fire: () => void; closed: boolean } {
	let run: (() => void) | undefined;
	const changes = {
		closed: false,
		onChange: (r: () => void) => ((run = r), () => (run = undefined)),
		close: () => void (changes.closed = true),
		fire: () => run?.()
	};
	return changes;
}

describe('WorkbookSource', () => {
	it('shows the snapshot, and follows the stored rows once live', async () => {
		const stored = await createOrOpenSession(makeSession({ id: 'w1', ref: 'acme/w#1' }));
		const source = new WorkbookSource('w1', { session: stored.session, answers: [answer('w1', 'a', 'done')] });
		expect(source.session).toEqual(stored.session);
		expect(source.answers.map((a) => a.itemId)).toEqual(['a']);
		await source.goLive();
		// The live read replaces the snapshot (nothing is stored for 'a': the snapshot was made up).
		await vi.waitFor(() => expect(source.answers).toEqual([]));
		await putAnswer(answer('w1', 'b', 'fail'));
		await vi.waitFor(() => expect(source.answers.map((a) => a.itemId)).toEqual(['b']));
		source.destroy();
		await putAnswer(answer('w1', 'c', 'done'));
		await new Promise((r) => setTimeout(r, 50));
		expect(source.answers.map((a) => a.itemId)).toEqual(['b']);
	});

	it('goes live when another tab changes the database, and stops listening when destroyed', async () => {
		const stored = await createOrOpenSession(makeSession({ id: 'w2', ref: 'acme/w#2' }));
		const changes = manualChanges();
		const source = new WorkbookSource('w2', { session: stored.session, answers: [], changes });
		await putAnswer(answer('w2', 'x', 'done'));
		expect(source.answers).toEqual([]);
		changes.fire();
		await vi.waitFor(() => expect(source.answers.map((a) => a.itemId)).toEqual(['x']));
		source.destroy();
		expect(changes.closed).toBe(true);
	});

	it('without a snapshot, reads the stored review at once; an unknown id reads as undefined', async () => {
		await createOrOpenSession(makeSession({ id: 'w3', ref: 'acme/w#3' }));
		const source = new WorkbookSource('w3');
		expect(source.session).toBeNull();
		await vi.waitFor(async () => expect(source.session).toEqual(await getSession('w3')));
		const missing = new WorkbookSource('nope');
		await vi.waitFor(() => expect(missing.session).toBeUndefined());
		source.destroy();
		missing.destroy();
	});
});
