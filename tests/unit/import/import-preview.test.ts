import { describe, expect, it } from 'vitest';
import { describePreview, importPreview, rowsToApply } from '$lib/import/import-preview';
import type { Answer } from '$lib/review/schema';

const at = (min: number): string => `2025-03-04T05:${String(min).padStart(2, '0')}:00.000Z`;
const a = (itemId: string, state: Answer['state'], updated: number, note = ''): Answer => ({ sessionId: 's', itemId, state, note, answer: '', updatedAt: at(updated) });
const noReport = { unknown: [], disagreements: 0, unshown: 0 };

describe('import preview', () => {
	const stored = [a('newer-ticked', 'done', 30), a('old', 'open', 5), a('noted', 'done', 5)];
	const pasted = [a('newer-ticked', 'open', 59), a('old', 'done', 59), a('noted', 'done', 59, 'new note'), a('fresh', 'na', 59)];

	it('counts ticked, unticked, notes and answers changed here since the block', () => {
		const p = importPreview(pasted, stored, at(10), false, { unknown: ['Ghost'], disagreements: 1, unshown: 0 });
		expect(p).toMatchObject({ ticked: 2, unticked: 1, notes: 1, newerHere: 1 });
		expect(describePreview(p)).toEqual([
			'2 items ticked, 1 item unticked, 1 note or answer changed.',
			'1 answer here was changed after this block was written.',
			'1 item is not in the standard and will be left out: “Ghost”.',
			'1 box differs from the block’s hidden data (edited on GitHub?): the visible boxes are used.'
		]);
	});

	it('keeps newer local answers unless the pasted ones are chosen', () => {
		expect(rowsToApply(pasted, stored, at(10), false).map((r) => r.itemId)).toEqual(['old', 'noted', 'fresh']);
		expect(rowsToApply(pasted, stored, at(10), true)).toHaveLength(4);
		// A block that does not say when it was written (v1, or without its hidden data): every differing
		// local answer counts as newer; a blank row ("old": open, nothing in it) has nothing to lose.
		expect(rowsToApply(pasted, stored, undefined, false).map((r) => r.itemId)).toEqual(['old', 'fresh']);
	});

	it('says when nothing changes', () => {
		expect(describePreview(importPreview([], stored, at(10), false, noReport))).toEqual(['No answers change.']);
	});
});
