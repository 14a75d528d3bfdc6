import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdPending, pendingRows, releasePending } from '$lib/app/workbook/pending-ticks';
import { getDb } from '$lib/db/database';
import { getAnswer, putAnswer, putAnswerIfNewer } from '$lib/db/answers-repo';
import { answer } from '../../fixtures/sessions';

/** localStorage as the browser has it (node has none). */
class MemoryStore {
	map = new Map<string, string>();
	get length() {
		return this.map.size;
	}
	key = (i: number) => [...this.map.keys()][i] ?? null;
	getItem = (k: string) => this.map.get(k) ?? null;
	setItem = (k: string, v: string) => void this.map.set(k, v);
	removeItem = (k: string) => void this.map.delete(k);
}

beforeEach(() => vi.stubGlobal('localStorage', new MemoryStore()));
afterAll(() => {
	vi.unstubAllGlobals();
	getDb().close();
});

describe('pending ticks', () => {
	it('holds a row until it is released, per review and item', () => {
		const a = answer('s1', 'i1', 'done', { updatedAt: '2025-01-01T10:00:01.000Z' });
		holdPending(a);
		holdPending(answer('s2', 'i1', 'fail'));
		expect(pendingRows('s1')).toEqual([a]);
		releasePending(a);
		expect(pendingRows('s1')).toEqual([]);
		expect(pendingRows('s2')).toHaveLength(1);
	});

	it('a release of an older row keeps the newer one held for the same item', () => {
		const first = answer('s1', 'i1', 'done', { updatedAt: '2025-01-01T10:00:01.000Z' });
		const second = answer('s1', 'i1', 'open', { updatedAt: '2025-01-01T10:00:02.000Z' });
		holdPending(first);
		holdPending(second);
		releasePending(first);
		expect(pendingRows('s1')).toEqual([second]);
	});

	it('drops what is not a held row of this review (damaged text, a row filed under another key)', () => {
		localStorage.setItem('shipshape:draft:s1:pending:i1', '{not json');
		localStorage.setItem('shipshape:draft:s1:pending:i2', JSON.stringify(answer('s1', 'other', 'done')));
		expect(pendingRows('s1')).toEqual([]);
		expect(localStorage.length).toBe(0);
	});
});

describe('putAnswerIfNewer', () => {
	it('stores a held row over an older one, and never over a newer one', async () => {
		await putAnswer(answer('p1', 'i1', 'open', { updatedAt: '2025-01-01T10:00:00.000Z' }));
		const held = answer('p1', 'i1', 'done', { updatedAt: '2025-01-01T10:00:05.000Z' });
		expect(await putAnswerIfNewer(held)).toEqual(held);
		expect(await getAnswer('p1', 'i1')).toEqual(held);
		const newer = answer('p1', 'i1', 'fail', { updatedAt: '2025-01-01T10:00:09.000Z' });
		await putAnswer(newer);
		expect(await putAnswerIfNewer(held)).toEqual(newer);
		expect(await getAnswer('p1', 'i1')).toEqual(newer);
		// No row yet: stored.
		const fresh = answer('p1', 'i2', 'na', { reason: 'no hot path' });
		await putAnswerIfNewer(fresh);
		expect(await getAnswer('p1', 'i2')).toEqual(fresh);
	});
});
