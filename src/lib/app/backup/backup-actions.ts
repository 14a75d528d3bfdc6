/**
 * The settings page's backup and restore steps, outside the component so
 * each stays small: read everything → file; file → checks → one transaction.
 */
import { checkSize } from '$lib/content/decode-text';
import { buildBackup, readBackupEnvelope, serializeBackup } from '$lib/backup/envelope';
import { exportFileName } from '$lib/export/download';
import { readAllForBackup, restoreBackup } from '$lib/db/backup-repo';
import { BACKUP_MAX_BYTES } from '$lib/backup/schema';
import { describeRestore } from '$lib/backup/merge';
import { nowIso } from '$lib/review/clock';
import { downloadText } from '$lib/app/export/share';
import { rememberReviewStored } from '$lib/app/home/reviews-flag';

export async function downloadBackup(): Promise<{ fileName: string; reviews: number }> {
	const rows = await readAllForBackup();
	const now = nowIso();
	const fileName = exportFileName('backup', null, now);
	downloadText(fileName, serializeBackup(buildBackup(rows, now)), 'application/json');
	return { fileName, reviews: rows.sessions.length };
}

/**
 * A backup carries markdown only (never HTML to trust): parse the restored
 * standards now, once, rather than on the first review page. Failing here
 * loses nothing: the next page that needs them parses them.
 */
async function parseRestoredStandards(): Promise<void> {
	try {
		const [{ listCustomStandards }, { withStoredParses }] = await Promise.all([import('$lib/db/custom-standards-read'), import('$lib/custom/stored-standards')]);
		await withStoredParses(await listCustomStandards());
	} catch {
		// Parsed on first use instead.
	}
}

export type RestoreOutcome = { ok: true; message: string } | { ok: false; message: string };

const NOTHING_CHANGED = ' Nothing was changed.';

/** Files above this show a progress bar while they are restored. */
export const PROGRESS_FROM_BYTES = 1024 * 1024;

/**
 * The file is read and its envelope checked before the database is touched;
 * its rows are validated by the restore, the answers while they are written,
 * in one transaction. A refusal says what is wrong and that nothing changed.
 */
export async function restoreFromFile(file: File, onProgress: (done: number, total: number) => void): Promise<RestoreOutcome> {
	// The size is known before reading: a 2 GB file is refused without loading it.
	const tooBig = checkSize(file.size, { maxBytes: BACKUP_MAX_BYTES, what: 'file' });
	if (tooBig) return { ok: false, message: tooBig + NOTHING_CHANGED };
	const read = readBackupEnvelope(await file.arrayBuffer());
	if (!read.ok) return { ok: false, message: read.message + NOTHING_CHANGED };
	try {
		const summary = await restoreBackup(read.envelope, { onProgress });
		if (summary.reviews.total > 0) rememberReviewStored();
		await parseRestoredStandards();
		return { ok: true, message: describeRestore(summary) };
	} catch (error) {
		// WriteError messages are written for users (quota: "out of storage space…"); the transaction rolled back.
		const message = error instanceof Error ? error.message : 'The backup could not be restored.';
		return { ok: false, message: message + NOTHING_CHANGED };
	}
}
