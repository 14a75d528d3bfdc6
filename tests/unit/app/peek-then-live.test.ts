import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveHandlers } from '$lib/db/live';
import type { PeekResult } from '$lib/db/peek';
import type { PeekedLiveSource } from '$lib/app/peeked-live.svelte';

// The browser globals peek-then-live listens on (the unit tests run in node).
const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
const win = new EventTarget();
beforeEach(() => {
	vi.resetModules();
	vi.stubGlobal('document', doc);
	vi.stubGlobal('window', win);
});
afterEach(() => vi.unstubAllGlobals());

const load = () => import('$lib/app/peek-then-live');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A source whose peek answers come from a queue; the live query is recorded. */
function fakeSource(answers: PeekResult<string[]>[]) {
	const live = { started: 0, stopped: 0, handlers: undefined as LiveHandlers<string[]> | undefined };
	const source: PeekedLiveSource<string[]> = {
		peek: vi.fn(async (): Promise<PeekResult<string[]>> => answers.shift() ?? { kind: 'empty' }),
		empty: [],
		live: async () => (handlers) => {
			live.started += 1;
			live.handlers = handlers;
			return () => (live.stopped += 1);
		}
	};
	return { source, live };
}

function recorder() {
	const values: string[][] = [];
	return { values, handlers: { next: (v: string[]) => values.push(v), error: () => undefined } };
}

describe('peek then live', () => {
	it('shows the peek, "empty" as the empty value, and peeks again when the tab is shown', async () => {
		const { peekThenLive } = await load();
		const { source, live } = fakeSource([{ kind: 'empty' }, { kind: 'read', value: ['a'] }]);
		const seen = recorder();
		const stop = peekThenLive(source, seen.handlers, () => undefined);
		await settle();
		expect(seen.values).toEqual([[]]);
		doc.dispatchEvent(new Event('visibilitychange'));
		await settle();
		expect(seen.values).toEqual([[], ['a']]);
		expect(live.started).toBe(0);
		stop();
		win.dispatchEvent(new Event('focus'));
		await settle();
		expect(source.peek).toHaveBeenCalledTimes(2);
	});

	it('takes the Dexie path when the peek cannot answer', async () => {
		const { peekThenLive } = await load();
		const { source, live } = fakeSource([{ kind: 'unavailable' }]);
		const seen = recorder();
		const stop = peekThenLive(source, seen.handlers, () => undefined);
		await settle();
		expect(live.started).toBe(1);
		live.handlers?.next(['from-dexie']);
		expect(seen.values).toEqual([['from-dexie']]);
		stop();
		expect(live.stopped).toBe(1);
	});

	it('goes live after a write in this tab, and starts live from then on; a late peek is dropped', async () => {
		const { peekThenLive, liveFromNowOn } = await load();
		let answer: (r: PeekResult<string[]>) => void = () => undefined;
		const { source, live } = fakeSource([]);
		source.peek = () => new Promise((resolve) => (answer = resolve));
		const seen = recorder();
		peekThenLive(source, seen.handlers, () => undefined);
		liveFromNowOn();
		await settle();
		expect(live.started).toBe(1);
		answer({ kind: 'read', value: ['stale'] });
		await settle();
		expect(seen.values).toEqual([]);
		// A query started after the write does not peek at all.
		const second = fakeSource([]);
		peekThenLive(second.source, recorder().handlers, () => undefined);
		await settle();
		expect(second.source.peek).not.toHaveBeenCalled();
		expect(second.live.started).toBe(1);
	});

	it('gives up quietly when the code cannot be loaded (offline before it was cached)', async () => {
		const { peekThenLive } = await load();
		const gaveUp = vi.fn();
		const { source } = fakeSource([]);
		source.peek = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
		peekThenLive(source, recorder().handlers, gaveUp);
		await settle();
		expect(gaveUp).toHaveBeenCalledTimes(1);
	});
});
