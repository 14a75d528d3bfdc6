/**
 * liveQuery → Svelte 5 runes. Reading `.current` in a template or effect
 * starts the query; it stops by itself when the last reader is destroyed
 * (createSubscriber), so components need no cleanup code.
 *
 *   const sessions = fromLiveQuery(() => listSessionsPage(getDb(), { limit: 50 }), { sessions: [], hasMore: false });
 *   {#each sessions.current.sessions as s (s.id)} …
 *
 * The querier's own inputs are not tracked: when they change (a prop like a
 * session id), make a new one: `const answers = $derived(fromLiveQuery(() => getAnswers(db, id), []))`.
 */
import { createSubscriber } from 'svelte/reactivity';
import { subscribeLive, type LiveHandlers } from './live';

/** Starts a live source; returns its unsubscribe. */
export type LiveSource<T> = (handlers: LiveHandlers<T>) => () => void;

export class LiveQuery<T> {
	#value: T;
	#error: unknown = $state.raw(undefined);
	#loading = $state(true);
	readonly #subscribe: () => void;

	constructor(source: LiveSource<T>, initial: T) {
		this.#value = $state.raw(initial);
		this.#subscribe = createSubscriber(() =>
			source({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#loading = false;
				},
				error: (error) => {
					this.#error = error;
					this.#loading = false;
				}
			})
		);
	}

	/** The latest result; `initial` until the first one arrives (and during SSR). */
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
}

export function fromLiveQuery<T>(querier: () => T | Promise<T>, initial: T): LiveQuery<T> {
	return new LiveQuery((handlers) => subscribeLive(querier, handlers), initial);
}

/** A live source other than a liveQuery (e.g. the row-by-row answers of a review) as runes. */
export function fromLiveSource<T>(source: LiveSource<T>, initial: T): LiveQuery<T> {
	return new LiveQuery(source, initial);
}
