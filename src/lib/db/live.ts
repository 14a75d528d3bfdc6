/**
 * Dexie liveQuery without Svelte: the querier re-runs whenever a write (in
 * this tab or another) touches what it read. The rune adapter in
 * live.svelte.ts builds on this; tests and non-component code use it directly.
 */
import { liveQuery } from 'dexie';

export interface LiveHandlers<T> {
	next: (value: T) => void;
	error: (error: unknown) => void;
}

/**
 * The querier must only await Dexie calls (e.g. repository reads): anything
 * else breaks Dexie's tracking of what it read. Returns the unsubscribe.
 */
export function subscribeLive<T>(querier: () => T | Promise<T>, handlers: LiveHandlers<T>): () => void {
	const subscription = liveQuery(querier).subscribe({ next: handlers.next, error: handlers.error });
	return () => subscription.unsubscribe();
}
