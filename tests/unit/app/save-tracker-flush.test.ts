import { describe, expect, it, vi } from 'vitest';
import { SaveTracker } from '$lib/app/save-tracker.svelte';

describe('SaveTracker.flushDrafts', () => {
	it('stores every held draft at once, synchronously, and forgets drafts no longer held', () => {
		const tracker = new SaveTracker();
		const note = vi.fn();
		const answer = vi.fn();
		const gone = vi.fn();
		tracker.hold('note', true, note);
		tracker.hold('answer', true, answer);
		tracker.hold('gone', true, gone);
		tracker.hold('gone', false);
		tracker.hold('plain', true);
		tracker.flushDrafts();
		expect(note).toHaveBeenCalledTimes(1);
		expect(answer).toHaveBeenCalledTimes(1);
		expect(gone).not.toHaveBeenCalled();
		// A draft without a way to store it now is still held (the leave guard keeps it).
		expect(tracker.hasUnsaved).toBe(true);
	});

	it('lets a flusher release its own hold while the drafts are flushed', () => {
		const tracker = new SaveTracker();
		const first = vi.fn(() => tracker.hold('a', false));
		const second = vi.fn(() => tracker.hold('b', false));
		tracker.hold('a', true, first);
		tracker.hold('b', true, second);
		tracker.flushDrafts();
		expect(first).toHaveBeenCalledTimes(1);
		expect(second).toHaveBeenCalledTimes(1);
		expect(tracker.hasUnsaved).toBe(false);
	});
});
