/**
 * A read of the stored database with a few raw IndexedDB calls, without
 * Dexie (32 KB gz, the largest thing a page loads). The reading pages, the
 * home list and a review paint their first data from a peek and load Dexie
 * only when they write or need live updates (issue 10's bytes budgets).
 *
 * Read-only by construction: writes keep going through Dexie, whose
 * middleware maintains the derived index fields (words, prSort).
 *
 * A peek never creates, upgrades or blocks the database:
 * - no database yet: the open's upgrade is aborted, so nothing is created
 *   (Dexie creates it, with its schema, on the first write), and the answer
 *   is `empty`;
 * - a schema older than this build's (Dexie must upgrade it first) or newer
 *   (another tab runs a newer build), a missing store, or any error: the
 *   answer is `unavailable` and the caller takes its Dexie path, which
 *   upgrades or explains;
 * - the connection closes as soon as the read is done, and at once when
 *   another tab asks to upgrade.
 */
import { DB_NAME, DB_VERSION } from './versions';

/** Dexie stores version N as IndexedDB version N × 10. */
export const NATIVE_VERSION = DB_VERSION * 10;

export type PeekResult<T> = { kind: 'read'; value: T } | { kind: 'empty' } | { kind: 'unavailable'; error?: unknown };

export interface PeekOptions {
	/** Injectable for tests (fake-indexeddb); the browser's otherwise. */
	indexedDB?: IDBFactory;
	name?: string;
}

/** One request's result as a promise. Chained requests keep the transaction alive (they are issued from its success events). */
export function requestValue<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * Up to `limit` values in an index's (or store's) order, `direction` 'prev'
 * for newest first. A cursor, so the read costs the rows returned, not the
 * store's size.
 */
export function cursorValues<T>(source: IDBIndex | IDBObjectStore, limit: number, direction: IDBCursorDirection = 'next', query?: IDBKeyRange | IDBValidKey): Promise<T[]> {
	return new Promise((resolve, reject) => {
		const values: T[] = [];
		if (limit <= 0) return resolve(values);
		const request = source.openCursor(query ?? null, direction);
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(values);
			values.push(cursor.value as T);
			if (values.length >= limit) return resolve(values);
			cursor.continue();
		};
	});
}

type OpenResult = { kind: 'open'; db: IDBDatabase } | { kind: 'empty' } | { kind: 'unavailable'; error?: unknown };

function openExisting(factory: IDBFactory, name: string): Promise<OpenResult> {
	return new Promise((resolve) => {
		let created = false;
		const request = factory.open(name);
		request.onupgradeneeded = () => {
			// Only a database that does not exist yet needs an upgrade when no
			// version is asked for: abort, so a peek never creates one.
			created = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => {
			const db = request.result;
			if (db.version !== NATIVE_VERSION) {
				db.close();
				resolve({ kind: 'unavailable' });
				return;
			}
			// Never hold up another tab's upgrade.
			db.onversionchange = () => db.close();
			resolve({ kind: 'open', db });
		};
		request.onerror = () => resolve(created ? { kind: 'empty' } : { kind: 'unavailable', error: request.error });
		request.onblocked = () => resolve({ kind: 'unavailable' });
	});
}

/**
 * Runs `read` in one readonly transaction over `stores`. `read` must only
 * chain IndexedDB requests of `tx` (awaiting anything else lets the
 * transaction finish under it).
 */
export async function peek<T>(stores: string[], read: (tx: IDBTransaction) => Promise<T>, options: PeekOptions = {}): Promise<PeekResult<T>> {
	const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
	if (!factory) return { kind: 'unavailable' };
	let opened: OpenResult;
	try {
		opened = await openExisting(factory, options.name ?? DB_NAME);
	} catch (error) {
		return { kind: 'unavailable', error };
	}
	if (opened.kind !== 'open') return opened;
	const { db } = opened;
	try {
		if (stores.some((s) => !db.objectStoreNames.contains(s))) return { kind: 'unavailable' };
		const tx = db.transaction(stores, 'readonly');
		return { kind: 'read', value: await read(tx) };
	} catch (error) {
		return { kind: 'unavailable', error };
	} finally {
		db.close();
	}
}
