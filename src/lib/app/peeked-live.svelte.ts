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
 * The code is imported once the page is idle (reading pages' first-load
 * budget). Reading `.current` starts it; it stops with its last reader.
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

let wroteHere = false;
const switches = new Set<() => void>();

/** After a write through Dexie in this tab: every peeked query goes live (Dexie is loaded now). */
export function liveFromNowOn(): void {
	wroteHere = true;
	for (const goLive of [...switches]) goLive();
}

export class PeekedLiveQuery<T> {
	#value: T;
	#error: unknown = $state.raw(undefined);
	#loading = $state(true);
	readonly #subscribe: () => void;

	constructor(source: PeekedLiveSource<T>, initial: T) {
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
		this.#subscribe = createSubscriber(() => start(source, handlers, () => (this.#loading = false)));
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

/** Peeks (again when the tab is shown) until something asks for live; returns the stop. */
function start<T>(source: PeekedLiveSource<T>, handlers: LiveHandlers<T>, gaveUp: () => void): () => void {
	let closed = false;
	let live = false;
	let stopLive: (() => void) | undefined;
	let latestPeek = 0;

	const goLive = () => {
		if (live || closed) return;
		live = true;
		stopListening();
		// The code could not be fetched (offline, not precached yet): keep what the peek showed.
		source.live().then((startLive) => (closed ? undefined : (stopLive = startLive(handlers))), gaveUp);
	};
	const peekNow = () => {
		const run = ++latestPeek;
		source.peek().then((result) => {
			if (closed || live || run !== latestPeek) return;
			if (result.kind === 'unavailable') goLive();
			else handlers.next(result.kind === 'read' ? result.value : source.empty);
		}, gaveUp);
	};
	const onShown = () => {
		if (document.visibilityState === 'visible') peekNow();
	};
	const stopListening = () => {
		switches.delete(goLive);
		document.removeEventListener('visibilitychange', onShown);
		window.removeEventListener('focus', onShown);
	};

	const cancelIdle = whenIdle(() => {
		if (wroteHere) return goLive();
		switches.add(goLive);
		document.addEventListener('visibilitychange', onShown);
		window.addEventListener('focus', onShown);
		peekNow();
	});
	return () => {
		closed = true;
		cancelIdle();
		stopListening();
		stopLive?.();
	};
}
