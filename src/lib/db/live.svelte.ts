/**
 * liveQuery → Svelte 5 runes. Reading `.current` in a template or effect
 * starts the query; it stops by itself when the last reader is destroyed
 * (createSubscriber), so components need no cleanup code.
 *
 *   const answers = fromLiveQuery(() => getAnswers(id), []);
 *
 * When the query has parameters that change (a search box, a sort), pass
 * them as a getter: ONE live query follows them, and `current` keeps the
 * previous result until the new one arrives, so a list never blanks while
 * the user types.
 *
 *   const list = fromLiveQueryWith(() => ({ query, sort }), (p) => listSessionsPage(p), empty);
 */
import { createSubscriber } from 'svelte/reactivity';
import { untrack } from 'svelte';
import { subscribeLive, type LiveHandlers } from './live';

/** Starts a live source; returns its unsubscribe. */
export type LiveSource<T> = (handlers: LiveHandlers<T>) => () => void;

export class LiveQuery<T, P = undefined> {
	#value: T;
	#error: unknown = $state.raw(undefined);
	#loading = $state(true);
	#pending = $state(true);
	readonly #subscribe: () => void;

	constructor(params: () => P, source: (params: P, handlers: LiveHandlers<T>) => () => void, initial: T) {
		this.#value = $state.raw(initial);
		const handlers: LiveHandlers<T> = {
			next: (value) => {
				this.#value = value;
				this.#error = undefined;
				this.#loading = this.#pending = false;
			},
			error: (error) => {
				this.#error = error;
				this.#loading = this.#pending = false;
			}
		};
		this.#subscribe = createSubscriber(() =>
			// An effect of its own: it re-subscribes when a parameter it read changes, and only then.
			$effect.root(() => {
				$effect(() => {
					const p = params();
					return untrack(() => {
						this.#pending = true;
						return source(p, handlers);
					});
				});
			})
		);
	}

	/** The latest result; `initial` until the first one arrives (and during SSR); the previous one while new parameters load. */
	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** The querier's last error (e.g. the database closed by an upgrade in another tab); cleared by the next result. */
	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}

	/** true until the first result or error. */
	get loading(): boolean {
		this.#subscribe();
		return this.#loading;
	}

	/** true while the result for the current parameters is still coming (the previous one is shown). */
	get pending(): boolean {
		this.#subscribe();
		return this.#pending;
	}
}

export function fromLiveQuery<T>(querier: () => T | Promise<T>, initial: T): LiveQuery<T> {
	return new LiveQuery(() => undefined, (_, handlers) => subscribeLive(querier, handlers), initial);
}

/** A live source other than a liveQuery (e.g. the row-by-row answers of a review) as runes. */
export function fromLiveSource<T>(source: LiveSource<T>, initial: T): LiveQuery<T> {
	return new LiveQuery(() => undefined, (_, handlers) => source(handlers), initial);
}

/** One live query that follows its parameters (see the header). */
export function fromLiveQueryWith<P, T>(params: () => P, querier: (params: P) => T | Promise<T>, initial: T): LiveQuery<T, P> {
	return new LiveQuery(params, (p, handlers) => subscribeLive(() => querier(p), handlers), initial);
}
