/**
 * Writes other tabs make to a review's tables, heard without loading Dexie.
 * Dexie posts every change it commits on the BroadcastChannel
 * 'x-storagemutated-1', as parts keyed `idb://<database>/<table>/…` (read by
 * the home list's rule, touchesList). A review that painted from a peek
 * listens here and switches to its live Dexie reads when one arrives; from
 * then on Dexie's own channel carries the changes.
 *
 * Start listening before the peek: a write that lands after the peek's read
 * is then heard too.
 */
import { DB_NAME } from '$lib/db/versions';
import { STORAGE_MUTATED, touchesList } from '$lib/app/home/stored-changes';

export interface StoredChanges {
	/** Runs `run` once, at the first change heard (at once if one was heard already). Returns the cancel. */
	onChange(run: () => void): () => void;
	close(): void;
}

export function watchStoredChanges(tables: readonly string[], name: string = DB_NAME): StoredChanges {
	const waiting = new Set<() => void>();
	let heard = false;
	const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(STORAGE_MUTATED);
	const close = (): void => {
		channel?.close();
		waiting.clear();
	};
	if (channel) {
		channel.onmessage = (event: MessageEvent<unknown>) => {
			if (!touchesList(event.data, name, tables)) return;
			heard = true;
			const runs = [...waiting];
			close();
			for (const run of runs) run();
		};
	}
	return {
		onChange(run) {
			if (heard) {
				queueMicrotask(run);
				return () => {};
			}
			waiting.add(run);
			return () => waiting.delete(run);
		},
		close
	};
}
