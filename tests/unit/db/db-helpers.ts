/** Fresh fake-indexeddb databases and a quota-failure switch for db tests. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach } from 'vitest';
import { ShipshapeDB } from '$lib/db/database';

let counter = 0;

export const uniqueName = (): string => `shipshape-test-${process.pid}-${Date.now()}-${counter++}`;

/** Passes fake-indexeddb explicitly: Dexie reads the global indexedDB when it loads, before a test could set it. */
export const freshDb = (name: string = uniqueName()): ShipshapeDB => new ShipshapeDB(name, { indexedDB, IDBKeyRange });

/** `freshDb` for a test file whose databases are closed after each test (call at the file's top level). */
export function closedAfterEach(): (name: string) => ShipshapeDB {
	const dbs: ShipshapeDB[] = [];
	afterEach(() => dbs.splice(0).forEach((db) => db.close()));
	return (name) => {
		const db = freshDb(name);
		dbs.push(db);
		return db;
	};
}

/**
 * Make writes to the given tables fail the way a full disk does: the
 * IndexedDB request errors with a DOMException named QuotaExceededError.
 * Installed as Dexie middleware, so it must be called before the db opens.
 */
export function failWritesWithQuota(db: ShipshapeDB, tables: string[], when: (req: DBCoreMutateRequest) => boolean = () => true): { on: boolean } {
	const state = { on: true };
	db.use({
		stack: 'dbcore',
		name: 'test-quota',
		create: (down: DBCore): DBCore => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (req) =>
						state.on && tables.includes(name) && when(req)
							? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
							: table.mutate(req)
				};
			}
		})
	});
	return state;
}
