/**
 * The running part of a PeekedLiveQuery (see peeked-live.svelte.ts), loaded
 * once the page is idle: peek now and again whenever the tab is shown or
 * focused, until a write in this tab or an unanswerable peek switches it to
 * the Dexie live query.
 */
import type { LiveHandlers } from '$lib/db/live';
import type { PeekedLiveSource } from './peeked-live.svelte';

/** This tab has written through Dexie; the queries to switch to live when it does. */
const liveSwitch = { on: false, waiting: new Set<() => void>() };

/** After a write through Dexie in this tab: every peeked query goes live (Dexie is loaded now). */
export function liveFromNowOn(): void {
	liveSwitch.on = true;
	for (const goLive of [...liveSwitch.waiting]) goLive();
}

/** Starts; returns the stop. `gaveUp`: nothing more will come (the code could not be loaded). */
export function peekThenLive<T>(source: PeekedLiveSource<T>, handlers: LiveHandlers<T>, gaveUp: () => void): () => void {
	let closed = false;
	let live = false;
	let stopLive: (() => void) | undefined;
	let latestPeek = 0;

	const stopListening = () => {
		liveSwitch.waiting.delete(goLive);
		document.removeEventListener('visibilitychange', onShown);
		window.removeEventListener('focus', onShown);
	};
	function goLive() {
		if (live || closed) return;
		live = true;
		stopListening();
		// The code could not be fetched (offline, not precached yet): keep what the peek showed.
		source.live().then((startLive) => (closed ? undefined : (stopLive = startLive(handlers))), gaveUp);
	}
	const peekNow = () => {
		const run = ++latestPeek;
		source.peek().then((result) => {
			if (closed || live || run !== latestPeek) return;
			if (result.kind === 'unavailable') goLive();
			else handlers.next(result.kind === 'read' ? result.value : source.empty);
		}, gaveUp);
	};
	function onShown() {
		if (document.visibilityState === 'visible') peekNow();
	}

	if (liveSwitch.on) goLive();
	else {
		liveSwitch.waiting.add(goLive);
		document.addEventListener('visibilitychange', onShown);
		window.addEventListener('focus', onShown);
		peekNow();
	}
	return () => {
		closed = true;
		stopListening();
		stopLive?.();
	};
}
