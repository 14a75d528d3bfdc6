/**
 * A live query whose database code is imported only once the page is idle:
 * the prerendered reading pages paint and respond without dexie and zod
 * (budget: 45 KB of first-load JavaScript), then pick up the reader's
 * progress. Reading `.current` starts it; it stops with its last reader.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { LiveHandlers } from '$lib/db/live';
import { whenIdle } from '$lib/app/when-idle';

/** Starts the live query with the handlers; returns the unsubscribe. */
export type StartLive<T> = (handlers: LiveHandlers<T>) => () => void;

export class LazyLiveQuery<T> {
	#value: T;
	readonly #subscribe: () => void;

	constructor(load: () => Promise<StartLive<T>>, initial: T) {
		this.#value = $state.raw(initial);
		this.#subscribe = createSubscriber(() => {
			let stop: (() => void) | undefined;
			let closed = false;
			const cancel = whenIdle(() => {
				void load().then(
					(start) => {
						if (!closed) stop = start({ next: (value) => (this.#value = value), error: () => undefined });
					},
					// The code could not be fetched (offline, not precached yet): the page still reads fine.
					() => undefined
				);
			});
			return () => {
				closed = true;
				cancel();
				stop?.();
			};
		});
	}

	/** The latest result; `initial` until the database code has loaded and answered. */
	get current(): T {
		this.#subscribe();
		return this.#value;
	}
}
