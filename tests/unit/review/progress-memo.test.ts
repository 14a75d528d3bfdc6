import { describe, expect, it, vi } from 'vitest';
import { reviewModel } from '$lib/review/item-model';
import { answersVersion, progressMemo, type CountProgress } from '$lib/review/progress-memo';
import type { Answer, Session } from '$lib/review/schema';
import { cloneStandard, standards } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';

const P = 'production-code-checklist';
const T1 = `${P}/tier-1/concurrency`;
const T2 = `${P}/tier-1/tests`;
const LATER = '2025-01-02T10:00:00.000Z';

const overall = (s: Session, a: readonly Answer[], st = standards) => reviewModel(s, a, st).counts.overall;

/** A memo over a counter that records its calls. */
function memo(capacity?: number) {
	const count = vi.fn<CountProgress>((s, a, st) => reviewModel(s, a, st).counts.overall);
	return { progress: progressMemo(count, capacity), count };
}

describe('progressMemo: a review counted once per version', () => {
	it('counts with the item model (the default counter included)', () => {
		const s = makeSession();
		const rows = [answer('s1', T1, 'done'), answer('s1', T2, 'fail')];
		expect(progressMemo()(s, rows, standards)).toEqual(overall(s, rows));
		expect(progressMemo()(s, rows, standards)).toMatchObject({ total: 5, finished: 1, fail: 1 });
	});

	it('the same review, rows and standards: counted once, even when the rows are read again', () => {
		const { progress, count } = memo();
		const s = makeSession();
		const rows = [answer('s1', T1, 'done')];
		const first = progress(s, rows, standards);
		expect(progress(s, rows, standards)).toBe(first);
		// A new read of the same rows, and a new object for the same review.
		expect(progress(structuredClone(s), structuredClone(rows), standards)).toBe(first);
		expect(count).toHaveBeenCalledTimes(1);
	});

	it('a changed answer gives fresh counts: another state, a new row, a removed row', () => {
		const { progress, count } = memo();
		const s = makeSession();
		expect(progress(s, [answer('s1', T1, 'done')], standards)).toMatchObject({ done: 1, finished: 1 });
		expect(progress(s, [answer('s1', T1, 'fail', { updatedAt: LATER })], standards)).toMatchObject({ done: 0, fail: 1, finished: 0 });
		expect(progress(s, [answer('s1', T1, 'fail', { updatedAt: LATER }), answer('s1', T2, 'na')], standards)).toMatchObject({ fail: 1, na: 1, finished: 1 });
		expect(progress(s, [], standards)).toMatchObject({ total: 5, open: 5, finished: 0 });
		expect(count).toHaveBeenCalledTimes(4);
	});

	it('a state changed with the same updatedAt (another tab, the same millisecond) still counts again', () => {
		const { progress } = memo();
		const s = makeSession();
		progress(s, [answer('s1', T1, 'done')], standards);
		expect(progress(s, [answer('s1', T1, 'open')], standards)).toMatchObject({ done: 0, open: 5 });
	});

	it('a changed review gives fresh counts (every change bumps updatedAt)', () => {
		const { progress, count } = memo();
		const s = makeSession();
		const rows = [answer('s1', T1, 'done')];
		expect(progress(s, rows, standards).total).toBe(5);
		const hot: Session = { ...s, triggers: [`${P}/hot-path`], updatedAt: LATER };
		expect(progress(hot, rows, standards)).toEqual(overall(hot, rows));
		expect(progress(hot, rows, standards).total).toBe(7);
		expect(count).toHaveBeenCalledTimes(2);
	});

	it('new standards give fresh counts', () => {
		const { progress, count } = memo();
		const s = makeSession();
		progress(s, [], standards);
		const next = standards.map(cloneStandard);
		next[0]!.checklists[0]!.items.pop();
		expect(progress(s, [], next)).toEqual(overall(s, [], next));
		expect(count).toHaveBeenCalledTimes(2);
	});

	it('keeps each review apart, and forgets the least recently counted beyond its capacity', () => {
		const { progress, count } = memo(2);
		const a = makeSession({ id: 'a' });
		const b = makeSession({ id: 'b', ref: 'acme/api#13' });
		const c = makeSession({ id: 'c', ref: 'acme/api#14' });
		expect(progress(a, [answer('a', T1, 'done')], standards).done).toBe(1);
		expect(progress(b, [], standards).done).toBe(0);
		progress(a, [answer('a', T1, 'done')], standards); // a is now the most recent
		progress(c, [], standards); // forgets b
		expect(count).toHaveBeenCalledTimes(3);
		progress(a, [answer('a', T1, 'done')], standards);
		expect(count).toHaveBeenCalledTimes(3);
		progress(b, [], standards);
		expect(count).toHaveBeenCalledTimes(4);
	});
});

describe('answersVersion', () => {
	it('changes with an item, a state or an updatedAt, not with the rest of a row', () => {
		const base = [answer('s1', T1, 'done')];
		expect(answersVersion([{ ...base[0]!, note: 'a note' }])).toBe(answersVersion(base));
		expect(answersVersion([answer('s1', T2, 'done')])).not.toBe(answersVersion(base));
		expect(answersVersion([answer('s1', T1, 'na')])).not.toBe(answersVersion(base));
		expect(answersVersion([answer('s1', T1, 'done', { updatedAt: LATER })])).not.toBe(answersVersion(base));
	});
});
