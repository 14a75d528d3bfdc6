import { describe, expect, it } from 'vitest';
import { latestRow, openAnswer, withWrittenRows } from '$lib/review/answer-rows';
import type { Answer } from '$lib/review/schema';

const T1 = '2025-01-01T00:00:01.000Z';
const T2 = '2025-01-01T00:00:02.000Z';
const row = (itemId: string, updatedAt: string, patch: Partial<Answer> = {}): Answer => ({ ...openAnswer('s', itemId, updatedAt), ...patch });

describe('latestRow', () => {
	it('takes the row written here unless the stored one is newer', () => {
		const stored = row('a', T1, { state: 'done' });
		const written = row('a', T2, { note: 'typed' });
		expect(latestRow(stored, written)).toBe(written);
		expect(latestRow(row('a', T2, { state: 'fail' }), row('a', T1))).toEqual(row('a', T2, { state: 'fail' }));
		expect(latestRow(undefined, written)).toBe(written);
		expect(latestRow(stored, undefined)).toBe(stored);
		expect(latestRow(undefined, undefined)).toBeUndefined();
	});

	it('takes the written row when the stored one is its read-back (same time)', () => {
		const written = row('a', T1, { note: 'x' });
		expect(latestRow(row('a', T1, { note: 'x' }), written)).toBe(written);
	});
});

describe('withWrittenRows', () => {
	it('lays the rows written and not read back yet over the stored ones, adding new items', () => {
		const stored = [row('a', T1, { state: 'done' }), row('b', T2, { state: 'fail' })];
		const written = new Map([
			['a', row('a', T2, { state: 'done', note: 'just typed' })],
			['b', row('b', T1)],
			['c', row('c', T2, { answer: 'None added', state: 'done' })]
		]);
		expect(withWrittenRows(stored, written)).toEqual([
			row('a', T2, { state: 'done', note: 'just typed' }),
			row('b', T2, { state: 'fail' }),
			row('c', T2, { answer: 'None added', state: 'done' })
		]);
	});

	it('returns a copy of the stored rows when nothing was written here', () => {
		const stored = [row('a', T1)];
		const out = withWrittenRows(stored, new Map());
		expect(out).toEqual(stored);
		expect(out).not.toBe(stored);
	});
});
