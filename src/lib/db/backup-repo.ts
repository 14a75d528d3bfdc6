/**
 * Backup and restore against the database. The file is parsed and validated
 * before this is called ($lib/export/backup): awaiting anything that is not
 * Dexie inside a transaction commits it early. The restore then reads what
 * it touches, plans the merge (pure, synchronous) and writes, all in ONE rw
 * transaction: a quota error or a failure halfway leaves the data as it was.
 */
import type { Table } from 'dexie';
import type { Backup, BackupRows } from '$lib/backup/schema';
import { backupSchema } from '$lib/backup/schema';
import { planRestore, type RestorePlan, type RestoreSummary, type StoredRows } from '$lib/backup/merge';
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

/** Rows per bulkPut: one transaction never holds a huge request queue (~1.8 s for 24k rows here). */
const CHUNK = 1000;

export interface RestoreOptions extends RepoOptions {
	/** Rows written so far of the total; called inside the transaction, so it must not await. */
	onProgress?: (done: number, total: number) => void;
}

/** The stored rows this backup could touch: same ids, same PR keys, their answers. */
async function readTouched(db: ShipshapeDB, backup: Backup): Promise<StoredRows> {
	const byId = await db.sessions.bulkGet(backup.sessions.map((s) => s.id));
	const byKey = await db.sessions.where('prKey').anyOf(backup.sessions.map((s) => s.prKey)).toArray();
	const sessions = [...byId.filter((s) => s !== undefined), ...byKey];
	const answers = await db.answers.where('sessionId').anyOf([...new Set(sessions.map((s) => s.id))]).toArray();
	const standards = await db.customStandards.bulkGet(backup.customStandards.map((c) => c.slug));
	const reading = await db.reading.bulkGet(backup.reading.map((r) => [r.standardSlug, r.sectionId]));
	return {
		sessions,
		answers,
		customStandards: standards.filter((c) => c !== undefined),
		reading: reading.filter((r) => r !== undefined)
	};
}

async function putChunks<T, K>(table: Table<T, K>, rows: readonly T[], tick: (n: number) => void): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) {
		const chunk = rows.slice(i, i + CHUNK);
		await table.bulkPut(chunk);
		tick(chunk.length);
	}
}

async function writePlan(db: ShipshapeDB, plan: RestorePlan, onProgress: RestoreOptions['onProgress']): Promise<void> {
	if (plan.deleteSessionIds.length) {
		await db.answers.where('sessionId').anyOf(plan.deleteSessionIds).delete();
		await db.sessions.bulkDelete(plan.deleteSessionIds);
	}
	const total = plan.sessions.length + plan.answers.length + plan.customStandards.length + plan.reading.length;
	let done = 0;
	const tick = (n: number) => onProgress?.((done += n), total);
	await putChunks(db.sessions, plan.sessions, tick);
	await putChunks(db.answers, plan.answers, tick);
	await putChunks(db.customStandards, plan.customStandards, tick);
	await putChunks(db.reading, plan.reading, tick);
}

/** Merge a parsed backup into the database; returns what changed. */
export async function restoreBackup(backup: Backup, options?: RestoreOptions): Promise<RestoreSummary> {
	// Re-checked here too: this is a write path, and the type alone proves nothing at runtime.
	const valid = validate(backupSchema, backup, 'backup');
	const db = dbOf(options);
	return writeTransaction(db, allTables(db), async () => {
		const plan = planRestore(valid, await readTouched(db, valid));
		await writePlan(db, plan, options?.onProgress);
		return plan.summary;
	});
}

/** "Delete all data": every table, in one transaction. */
export async function deleteAllData(options?: RepoOptions): Promise<void> {
	const db = dbOf(options);
	await writeTransaction(db, allTables(db), async () => {
		await Promise.all(allTables(db).map((t) => t.clear()));
	});
}
