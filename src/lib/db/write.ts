/**
 * The one way user writes reach the database: an explicit 'rw' transaction,
 * because a quota error aborts the transaction and surfaces there (the
 * operation's own promise may never settle), and every failure mapped to a
 * WriteError.
 */
import type { Table } from 'dexie';
import { getDb, type ShipshapeDB } from './database';
import { toWriteError } from './errors';

export async function writeTransaction<T>(db: ShipshapeDB, tables: Table[], scope: () => Promise<T>): Promise<T> {
	try {
		return await db.transaction('rw', tables, scope);
	} catch (error) {
		throw toWriteError(error);
	}
}

/**
 * The last, optional argument of every repository function. Components pass
 * nothing (the app's database, the current time); tests and restores pass a
 * database and a time.
 */
export interface RepoOptions {
	db?: ShipshapeDB;
	/** UTC ISO string stamped on what is written; defaults to the current time. */
	now?: string;
}

export const dbOf = (options: RepoOptions | undefined): ShipshapeDB => options?.db ?? getDb();

export const nowOf = (options: RepoOptions | undefined): string => options?.now ?? new Date().toISOString();
