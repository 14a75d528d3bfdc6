/**
 * Backup and restore against the database. The reviews, standards and
 * reading rows are validated before the transaction opens (awaiting
 * anything that is not Dexie inside one commits it early). The restore then
 * reads what it touches, plans the merge (pure, synchronous,
 * $lib/backup/merge) and streams the answers through validation and the
 * merge into bulkPut in chunks: chunk n+1 is validated while chunk n is being
 * written. All of it in ONE rw transaction: a damaged answer, a quota error
 * or any failure halfway leaves the data as it was.
 */
import type { Table } from 'dexie';
import type { BackupHead, BackupRows } from '$lib/backup/schema';
import { checkAnswerRows, checkBackupHead } from '$lib/backup/envelope';
import { RestorePlanner, type RestoreSummary, type StoredRows } from '$lib/backup/merge';
import type { ShipshapeDB } from './database';
import { WriteError } from './errors';
import { toSession } from './session-index';
import { dbOf, writeTransaction, type RepoOptions } from './write';

const allTables = (db: ShipshapeDB) => [db.sessions, db.answers, db.customStandards, db.reading];

/** Every record, for "Download backup". One read transaction: a consistent snapshot. */
export function readAllForBackup(options?: RepoOptions): Promise<BackupRows> {
	const db = dbOf(options);
	return db.transaction('r', allTables(db), async () => ({
		sessions: (await db.sessions.toArray()).map((row) => toSession(row)),
		answers: await db.answers.toArray(),
		// The markdown only: a restore parses it again rather than trust HTML from a file.
		customStandards: (await db.customStandards.toArray()).map(({ parsed: _parsed, ...source }) => source),
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
async function readTouched(db: ShipshapeDB, backup: BackupHead): Promise<StoredRows> {
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

/**
 * Awaiting a plain promise while no request is in flight lets IndexedDB commit
 * the transaction (a backup with standards and no reviews failed that way:
 * PrematureCommitError, "could not be saved"): so nothing is awaited here
 * when there is nothing to write.
 */
async function putChunks<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
}

const hasRows = (rows: readonly unknown[]): boolean => rows.length > 0;

/**
 * Chunks queued in IndexedDB at once. The database works through one chunk
 * while the next is validated, merged and queued behind it: it never waits
 * for this thread (awaiting each chunk before queuing the next left it idle
 * at every boundary, while 2,000 success events were handed back).
 */
const IN_FLIGHT = 2;

/** Validate, merge and write the answers chunk by chunk; the writes of earlier chunks overlap the checks of the next. */
async function streamAnswers(db: ShipshapeDB, backup: BackupHead, planner: RestorePlanner, progress: (done: number) => void): Promise<void> {
	const ids = new Set(backup.sessions.map((s) => s.id));
	const writing: Promise<unknown>[] = [];
	for (let i = 0; i < backup.answers.length; i += CHUNK) {
		const checked = checkAnswerRows(backup.answers.slice(i, i + CHUNK), i, ids);
		// Thrown inside the transaction: it aborts, and what was written of this restore is rolled back.
		if (!checked.ok) throw new WriteError('invalid', { message: checked.message });
		const rows = planner.answers(checked.rows);
		if (writing.length >= IN_FLIGHT) await writing.shift();
		progress(Math.max(0, i - CHUNK * writing.length));
		if (rows.length) {
			const put = db.answers.bulkPut(rows);
			// Awaited below (or the transaction's abort is reported by the one that is): never an unhandled rejection.
			put.catch(() => undefined);
			writing.push(put);
		}
	}
	// Nothing awaited when nothing was queued (see putChunks: a plain await would let the transaction commit).
	if (hasRows(writing)) await Promise.all(writing);
}

async function writeRestore(db: ShipshapeDB, backup: BackupHead, onProgress: RestoreOptions['onProgress']): Promise<RestoreSummary> {
	const planner = new RestorePlanner(backup, await readTouched(db, backup));
	const total = backup.answers.length + backup.sessions.length;
	if (hasRows(backup.answers)) await streamAnswers(db, backup, planner, (done) => onProgress?.(done, total));
	onProgress?.(backup.answers.length, total);
	const { noteWords, summary } = planner.finish();
	const written = new Set(planner.sessions.map((s) => s.id));
	// Stored reviews the backup left as they were but whose notes (or N/A reasons) it changed: their rows, re-indexed.
	const renoted = [...noteWords.keys()].filter((id) => !written.has(id));
	const stored = hasRows(renoted) ? (await db.sessions.bulkGet(renoted)).filter((s) => s !== undefined).map((s) => toSession(s)) : [];
	const sessions = [...planner.sessions, ...stored];
	if (hasRows(sessions)) await putChunks(
		db.sessions,
		sessions.map((s) => ({ ...s, noteWords: noteWords.get(s.id) ?? [] }))
	);
	if (hasRows(planner.customStandards)) await putChunks(db.customStandards, planner.customStandards);
	if (hasRows(planner.reading)) await putChunks(db.reading, planner.reading);
	onProgress?.(total, total);
	return summary;
}

/**
 * Merge a backup envelope (read and migrated by readBackupEnvelope, or a
 * Backup) into the database; returns what changed. Every row is validated
 * here, once: this is a write path, and a type proves nothing at runtime.
 */
export async function restoreBackup(envelope: unknown, options?: RestoreOptions): Promise<RestoreSummary> {
	const head = checkBackupHead(envelope);
	if (!head.ok) throw new WriteError('invalid', { message: head.message });
	const db = dbOf(options);
	return writeTransaction(db, allTables(db), () => writeRestore(db, head.head, options?.onProgress));
}

/** "Delete all data": every table, in one transaction. */
export async function deleteAllData(options?: RepoOptions): Promise<void> {
	const db = dbOf(options);
	await writeTransaction(db, allTables(db), async () => {
		await Promise.all(allTables(db).map((t) => t.clear()));
	});
}
