/**
 * The database schema, version by version. Never edit a version that has
 * shipped: add the next one below with an upgrade function, and a test in
 * tests/unit/db/ that opens a database made by the previous version.
 *
 * Adding version 2 looks like:
 *   db.version(2).stores({ ...SCHEMA_V1, sessions: SCHEMA_V1.sessions + ', newIndex' })
 *     .upgrade((tx) => tx.table('sessions').toCollection().modify(upgradeSessionV1toV2));
 */
import type { Dexie } from 'dexie';

export const DB_NAME = 'shipshape';

export const SCHEMA_V1 = {
	sessions: 'id, &prKey, updatedAt, createdAt, status, role, [role+updatedAt], [status+updatedAt], pr.repo',
	answers: '[sessionId+itemId], sessionId, updatedAt',
	reading: '[standardSlug+sectionId], standardSlug',
	customStandards: 'slug, updatedAt'
} as const;

/** The newest version: the backup envelope can record it. */
export const DB_VERSION = 1;

export function defineVersions(db: Dexie): void {
	db.version(1).stores(SCHEMA_V1);
}
