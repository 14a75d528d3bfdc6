/**
 * The backup envelope: every record this browser keeps, in one versioned
 * JSON document. zod/mini: restores are validated in the browser.
 */
import { z } from 'zod/mini';
import { answerSchema, isoDateSchema, sessionSchema } from '$lib/review/schema';
import { customStandardSourceSchema, readingRowSchema } from '$lib/review/stored-rows';

export const BACKUP_TYPE = 'shipshape-backup';
/** The version this app writes. Older ones are migrated on restore (see backup-migrate.ts). */
export const BACKUP_VERSION = 1;
/** Far above any real backup (~5 MB holds ~24k answers), low enough to parse without freezing a phone. */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

export const backupSchema = z.object({
	type: z.literal(BACKUP_TYPE),
	version: z.literal(BACKUP_VERSION),
	exportedAt: isoDateSchema,
	sessions: z.array(sessionSchema),
	answers: z.array(answerSchema),
	customStandards: z.array(customStandardSourceSchema),
	reading: z.array(readingRowSchema)
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * Everything but the answer rows, which are checked chunk by chunk while
 * they are written (the bulk of a large backup: one pass, overlapped with
 * the database's writes). See checkAnswerRows.
 */
export const backupHeadSchema = z.object({ ...backupSchema.shape, answers: z.array(z.unknown()) });
export type BackupHead = z.infer<typeof backupHeadSchema>;

/** The records of a backup without the envelope: what the database reads and writes. */
export type BackupRows = Omit<Backup, 'type' | 'version' | 'exportedAt'>;
