/**
 * Backup and restore against the database. The file is parsed and validated
 * before this is called ($lib/backup/envelope): awaiting anything that is not
 * Dexie inside a transaction commits it early. The restore then reads what
 * it touches, plans the merge (pure, synchronous, $lib/backup/merge) and
 * streams the answers through it into bulkPut in chunks, all in ONE rw
 * transaction: a quota error or a failure halfway leaves the data as it was.
 */
import type { Table } from 'dexie';
import type { Backup, BackupRows } from '$lib/backup/schema';
import { backupSchema } from '$lib/backup/schema';
import { RestorePlanner, type RestoreSummary, type StoredRows } from '$lib/backup/merge';
import type { ShipshapeDB } from './database';
import { toSession } from './session-index';
import { validate } from './validate';
import { dbOf, writeTransaction, type RepoOptions } from './write';

const allTables = (db: ShipshapeDB) => [db.sessions, db.answers, db.customStandards, db.reading];

/** Every record, for "Download backup". One read transaction: a consistent snapshot. */
export function readAllForBackup(options?: RepoOptions): Promise<BackupRows> {
	const db = dbOf(options);
	return db.transaction('r', allTables(db), async () => ({
		sessions: (await db.sessions.toArray()).map((row) => toSession(row)),
		answers: await db.answers.toArray(),
		customStandards: await db.customStandards.toArray(),
		reading: await db.reading.toArray()
	}));
}

/** Rows per bulkPut: one request queue per chunk, and progress between chunks. */
const CHUNK = 2000;

export interface RestoreOptions extends RepoOptions {
	/** Rows handled so far of the total; called inside the transaction, so it must not await. */
	onProgress?: (done: number, total: number) => void;
}

/** The stored rows this backup could touch: same ids, same PR keys, their answers. */
async function readTouched(db: ShipshapeDB, backup: Backup): Promise<StoredRows> {
	const byId = await db.sessions.bulkGet(backup.sessions.map((s) => s.id));
	const byKey = await db.sessions.where('prKey').anyOf(backup.sessions.map((s) => s.prKey)).toArray();
	const sessions = [...byId.filter((s) => s !== undefined), ...byKey].map((s) => toSession(s));
	const ids = [...new Set(sessions.map((s) => s.id))];
	const answers = ids.length ? await db.answers.where('sessionId').anyOf(ids).toArray() : [];
	const standards = await db.customStandards.bulkGet(backup.customStandards.map((c) => c.slug));
	const reading = await db.reading.bulkGet(backup.reading.map((r) => [r.standardSlug, r.sectionId]));
	return {
		sessions,
		answers,
		customStandards: standards.filter((c) => c !== undefined),
		reading: reading.filter((r) => r !== undefined)
	};
}

async function putChunks<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
}

async function writeRestore(db: ShipshapeDB, backup: Backup, onProgress: RestoreOptions['onProgress']): Promise<RestoreSummary> {
	const planner = new RestorePlanner(backup, await readTouched(db, backup));
	const total = backup.answers.length + backup.sessions.length;
	for (let i = 0; i < backup.answers.length; i += CHUNK) {
		const rows = planner.answers(backup.answers.slice(i, i + CHUNK));
		if (rows.length) await db.answers.bulkPut(rows);
		onProgress?.(Math.min(i + CHUNK, backup.answers.length), total);
	}
	const { noteWords, summary } = planner.finish();
	const written = new Set(planner.sessions.map((s) => s.id));
	await putChunks(
		db.sessions,
		planner.sessions.map((s) => ({ ...s, noteWords: noteWords.get(s.id) ?? [] }))
	);
	for (const [id, words] of noteWords) if (!written.has(id)) await db.sessions.update(id, { noteWords: words });
	await putChunks(db.customStandards, planner.customStandards);
	await putChunks(db.reading, planner.reading);
	onProgress?.(total, total);
	return summary;
}

/** Merge a parsed backup into the database; returns what changed. */
export async function restoreBackup(backup: Backup, options?: RestoreOptions): Promise<RestoreSummary> {
	// Re-checked here too: this is a write path, and the type alone proves nothing at runtime.
	const valid = validate(backupSchema, backup, 'backup');
	const db = dbOf(options);
	return writeTransaction(db, allTables(db), () => writeRestore(db, valid, options?.onProgress));
}

/** "Delete all data": every table, in one transaction. */
export async function deleteAllData(options?: RepoOptions): Promise<void> {
	const db = dbOf(options);
	await writeTransaction(db, allTables(db), async () => {
		await Promise.all(allTables(db).map((t) => t.clear()));
	});
}
