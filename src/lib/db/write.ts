/**
 * The one way user writes reach the database: an explicit 'rw' transaction,
 * because a quota error aborts the transaction and surfaces there (the
 * operation's own promise may never settle), and every failure mapped to a
 * WriteError.
 */
import type { Table } from 'dexie';
import type { ShipshapeDB } from './database';
import { toWriteError } from './errors';

export async function writeTransaction<T>(db: ShipshapeDB, tables: Table[], scope: () => Promise<T>): Promise<T> {
	try {
		return await db.transaction('rw', tables, scope);
	} catch (error) {
		throw toWriteError(error);
	}
}

export { dbOf, nowOf, type RepoOptions } from './repo-options';
