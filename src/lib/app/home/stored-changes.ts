/**
 * "What the home list shows changed", heard without loading Dexie. Dexie
 * announces every committed write as `x-storagemutated-1` (dexie 4: a DOM
 * event in the tab that wrote, a BroadcastChannel message to the others, the
 * way its live queries follow other tabs), with the parts it changed, keyed
 * `idb://<database>/<table>/<index>`. A tab that shows the list from a peek
 * listens to the same two, and takes the Dexie path when one names a table
 * the list reads.
 */
import { DB_NAME } from '$lib/db/versions';

/** Dexie's own name for both (STORAGE_MUTATED_DOM_EVENT_NAME in dexie.mjs). */
export const STORAGE_MUTATED = 'x-storagemutated-1';

const LIST_TABLES = ['sessions', 'answers', 'customStandards'];

/** Whether the changed parts Dexie reports touch `tables` (the list's by default); anything unreadable counts as a change. */
export function touchesList(parts: unknown, dbName: string = DB_NAME, tables: readonly string[] = LIST_TABLES): boolean {
	if (typeof parts !== 'object' || parts === null) return true;
	return Object.keys(parts).some((key) => key === 'all' || tables.some((table) => key.startsWith(`idb://${dbName}/${table}/`)));
}

/** Calls `changed` on each write (this tab's or another's) to what the list reads; returns the stop. */
export function onListChange(changed: () => void): () => void {
	const onEvent = (event: Event) => {
		if (touchesList(event instanceof CustomEvent ? event.detail : undefined)) changed();
	};
	addEventListener(STORAGE_MUTATED, onEvent);
	const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(STORAGE_MUTATED);
	if (channel) channel.onmessage = (message: MessageEvent) => touchesList(message.data) && changed();
	return () => {
		removeEventListener(STORAGE_MUTATED, onEvent);
		channel?.close();
	};
}

/**
 * Calls `shown` when the page is shown again (back from another tab or app,
 * or from the back/forward cache): a frozen page may have missed messages.
 */
export function onShownAgain(shown: () => void): () => void {
	const onVisibility = () => document.visibilityState === 'visible' && shown();
	const onPageShow = (event: PageTransitionEvent) => event.persisted && shown();
	document.addEventListener('visibilitychange', onVisibility);
	addEventListener('pageshow', onPageShow);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		removeEventListener('pageshow', onPageShow);
	};
}
