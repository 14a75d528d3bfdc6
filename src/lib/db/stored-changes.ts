/**
 * Writes other tabs make to some tables, heard without loading Dexie. Dexie
 * posts every change it commits on the BroadcastChannel
 * 'x-storagemutated-1' (STORAGE_MUTATED_DOM_EVENT_NAME in dexie.mjs), as
 * parts keyed `idb://<database>/<table>/…`. A page that painted from a peek
 * listens here and switches to its live Dexie reads when one arrives; from
 * then on Dexie's own channel carries the changes.
 *
 * Start listening before the peek: a write that lands after the peek's read
 * is then heard too.
 */
import { DB_NAME } from './versions';

export const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';

export interface StoredChanges {
	/** Runs `run` once, at the first change heard (at once if one was heard already). Returns the cancel. */
	onChange(run: () => void): () => void;
	close(): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function watchStoredChanges(tables: readonly string[], name: string = DB_NAME): StoredChanges {
	const prefixes = tables.map((t) => `idb://${name}/${t}/`);
	const waiting = new Set<() => void>();
	let heard = false;
	const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
	const close = (): void => {
		channel?.close();
		waiting.clear();
	};
	if (channel) {
		channel.onmessage = (event: MessageEvent<unknown>) => {
			const parts = event.data;
			if (!isRecord(parts) || !Object.keys(parts).some((key) => prefixes.some((p) => key.startsWith(p)))) return;
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
