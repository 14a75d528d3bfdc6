import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommitDraft, SAVE_DELAY_MS } from '$lib/app/export/commit-draft.svelte';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import type { CommitFields } from '$lib/review/schema';

const STORED: CommitFields = { type: 'feat', scope: '', description: '', breaking: '', refs: true };
const T1 = '2025-01-01T00:00:01.000Z';
const T2 = '2025-01-01T00:00:02.000Z';
const T3 = '2025-01-01T00:00:03.000Z';

describe('CommitDraft', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves only the fields typed into, once the typing pauses', async () => {
		const save = vi.fn(async (_patch: Partial<CommitFields>) => T2);
		const draft = new CommitDraft(STORED, save, 'test-1');
		draft.set('description', 'add');
		draft.set('description', 'add cache');
		draft.set('scope', 'tracer');
		expect(saveTracker.hasUnsaved).toBe(true);
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
		expect(save).toHaveBeenCalledTimes(1);
		expect(save).toHaveBeenCalledWith({ description: 'add cache', scope: 'tracer' });
		expect(draft.unsaved).toEqual([]);
		expect(saveTracker.hasUnsaved).toBe(false);
	});

	it('keeps what was typed when the save fails, shows why, and stores it on retry', async () => {
		let fail = true;
		const save = vi.fn(async () => {
			if (fail) throw new Error('Your browser is out of storage space for Shipshape.');
			return T2;
		});
		const draft = new CommitDraft(STORED, save, 'test-2');
		draft.set('description', 'add cache');
		await draft.flush();
		expect(draft.error).toBe('Your browser is out of storage space for Shipshape.');
		expect(draft.fields.description).toBe('add cache');
		expect(draft.unsaved).toEqual(['description']);
		// Stored values arriving meanwhile never replace unsaved typing.
		draft.adopt({ ...STORED, description: 'old' }, T3);
		expect(draft.fields.description).toBe('add cache');
		fail = false;
		await draft.flush();
		expect(draft.error).toBe('');
		expect(draft.unsaved).toEqual([]);
	});

	it('takes values changed elsewhere, but not stale ones older than its own save', async () => {
		const draft = new CommitDraft(STORED, async () => T2, 'test-3');
		draft.set('description', 'add cache');
		await draft.flush();
		draft.adopt({ ...STORED, description: '' }, T1);
		expect(draft.fields.description).toBe('add cache');
		draft.adopt({ ...STORED, description: 'add cache', type: 'fix' }, T3);
		expect(draft.fields.type).toBe('fix');
		expect(draft.fields.description).toBe('add cache');
	});

	it('a field typed into again during a save stays unsaved for the next one', async () => {
		let release: (at: string) => void = () => {};
		const save = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
		const draft = new CommitDraft(STORED, save, 'test-4');
		draft.set('description', 'add');
		const first = draft.flush();
		draft.set('description', 'add cache');
		release(T2);
		await first;
		expect(draft.unsaved).toEqual(['description']);
		await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
		expect(save).toHaveBeenLastCalledWith({ description: 'add cache' });
	});
});
