/**
 * What a page shows from the database, read first with a peek (raw
 * IndexedDB: no Dexie, ~32 KB gz) and kept live by a Dexie liveQuery only
 * once the page needs Dexie anyway:
 * - the user wrote something in this tab (the write loaded Dexie): from then
 *   on every such query is live, so another tab's changes show at once;
 * - the peek could not answer (an older or newer schema, an error): the
 *   Dexie read upgrades or explains, as before peeks existed.
 * Until then another tab's changes show when this tab is shown or focused
 * again (the peek runs again: it is cheap and never blocks the other tab).
 *
 * The code that does it (peek-then-live.ts, and the source with its reads)
 * is imported once the page is idle (reading pages' first-load budget).
 * Reading `.current` starts it; it stops with its last reader.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { LiveHandlers } from '$lib/db/live';
import type { PeekResult } from '$lib/db/peek';
import { whenIdle } from '$lib/app/when-idle';

/** Starts the live query with the handlers; returns the unsubscribe. */
export type StartLive<T> = (handlers: LiveHandlers<T>) => () => void;

export interface PeekedLiveSource<T> {
	/** The raw read (its module is imported here, on demand). */
	peek: () => Promise<PeekResult<T>>;
	/** What to show when there is no database yet. */
	empty: T;
	/** Loads Dexie and the live query. */
	live: () => Promise<StartLive<T>>;
}

export class PeekedLiveQuery<T> {
	#value: T;
	#error: unknown = $state.raw(undefined);
	#loading = $state(true);
	readonly #subscribe: () => void;

	constructor(loadSource: () => Promise<PeekedLiveSource<T>>, initial: T) {
		this.#value = $state.raw(initial);
		const handlers: LiveHandlers<T> = {
			next: (value) => {
				this.#value = value;
				this.#error = undefined;
				this.#loading = false;
			},
			error: (error) => {
				this.#error = error;
				this.#loading = false;
			}
		};
		const gaveUp = () => (this.#loading = false);
		this.#subscribe = createSubscriber(() => {
			let stop: (() => void) | undefined;
			let closed = false;
			const cancel = whenIdle(() => {
				Promise.all([loadSource(), import('./peek-then-live')]).then(([source, { peekThenLive }]) => {
					if (!closed) stop = peekThenLive(source, handlers, gaveUp);
				}, gaveUp);
			});
			return () => {
				closed = true;
				cancel();
				stop?.();
			};
		});
	}

	/** The latest result; `initial` until the first answer (and during SSR). */
	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** The live query's last error (e.g. the database closed by an upgrade in another tab). */
	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}

	/** true until the first answer. */
	get loading(): boolean {
		this.#subscribe();
		return this.#loading;
	}
}
