/**
 * The last, optional argument of every repository function, and how a
 * repository gets its database from it. Apart from write.ts so that the
 * read-only modules (reading pages, the home list) do not bring the write
 * path's error mapping with them.
 */
import { getDb, type ShipshapeDB } from './database';

/**
 * Components pass nothing (the app's database, the current time); tests and
 * restores pass a database and a time.
 */
export interface RepoOptions {
	db?: ShipshapeDB;
	/** UTC ISO string stamped on what is written; defaults to the current time. */
	now?: string;
}

export const dbOf = (options: RepoOptions | undefined): ShipshapeDB => options?.db ?? getDb();

export const nowOf = (options: RepoOptions | undefined): string => options?.now ?? new Date().toISOString();
