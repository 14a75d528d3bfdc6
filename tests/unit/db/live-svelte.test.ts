/**
 * The rune adapter as the node test run compiles it (Svelte's server build):
 * it must hand out `initial` and never run the querier, so prerendering a
 * page that uses it never touches IndexedDB. The live behaviour itself is
 * covered through subscribeLive in live-and-tabs.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { fromLiveQuery } from '$lib/db/live.svelte';

describe('fromLiveQuery outside the browser', () => {
	it('returns initial, no error, and does not query', () => {
		const querier = vi.fn(() => Promise.resolve(['x']));
		const live = fromLiveQuery(querier, [] as string[]);
		expect(live.current).toEqual([]);
		expect(live.error).toBeUndefined();
		expect(live.loading).toBe(true);
		expect(querier).not.toHaveBeenCalled();
	});
});
