/**
 * Backups: every record as one versioned JSON envelope, and the way back:
 * bytes → UTF-8 text → JSON → "is it ours, which version" → migrate
 * (readBackupEnvelope) → validate and cross-check the reviews, standards and
 * reading rows (checkBackupHead) → validate the answer rows
 * (checkAnswerRows). Pure. A restore runs the last step chunk by chunk
 * inside its one transaction, so a damaged answer anywhere still rolls back
 * everything: a refused file changes nothing.
 */
import { describeIssue } from '$lib/content/content-error';
import { decodeText } from '$lib/content/decode-text';
import { z } from 'zod/mini';
import { BACKUP_MAX_BYTES, BACKUP_TYPE, BACKUP_VERSION, backupHeadSchema, type Backup, type BackupHead, type BackupRows } from '$lib/backup/schema';
import { answerSchema, type Answer } from '$lib/review/schema';
import { migrateEnvelope, MIGRATIONS, type Envelope, type Migration } from '$lib/backup/migrate';
import { prKey } from '$lib/review/pr-ref';
import { customRowProblem } from '$lib/custom/custom-slug';

export function buildBackup(rows: BackupRows, now: string): Backup {
	return { type: BACKUP_TYPE, version: BACKUP_VERSION, exportedAt: now, ...rows };
}

/** Compact JSON: whitespace would add a third to a large backup. */
export const serializeBackup = (backup: Backup): string => JSON.stringify(backup);

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

const isEnvelope = (value: unknown): value is Envelope => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

export type ReadEnvelope = { ok: true; envelope: Envelope } | { ok: false; message: string };

/** Bytes → a migrated envelope of the current version (rows not validated yet). */
export function readBackupEnvelope(input: ArrayBuffer | Uint8Array | string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ReadEnvelope {
	const decoded = decodeText(input, { maxBytes: BACKUP_MAX_BYTES, what: 'file' });
	if (!decoded.ok) return decoded;
	const json = parseJson(decoded.text);
	if (!json.ok) return { ok: false, message: 'This file is not a Shipshape backup: it is not valid JSON.' };
	if (!isEnvelope(json.value) || json.value.type !== BACKUP_TYPE) {
		return { ok: false, message: 'This file is not a Shipshape backup: it is JSON, but not the kind Shipshape writes (its "type" is not "shipshape-backup").' };
	}
	const version = json.value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return { ok: false, message: 'This Shipshape backup is damaged: version: expected a whole number.' };
	}
	if (version > BACKUP_VERSION) {
		return { ok: false, message: `This backup was made by a newer Shipshape (backup version ${version}; this app reads up to version ${BACKUP_VERSION}). Update the app, then restore it.` };
	}
	return migrateEnvelope(json.value, version, migrations);
}

const damaged = (problem: string) => ({ ok: false as const, message: `This Shipshape backup is damaged: ${problem}.` });

export type CheckedHead = { ok: true; head: BackupHead } | { ok: false; message: string };

/** Reviews, standards and reading rows validated and cross-checked; the answers only known to be a list. */
export function checkBackupHead(envelope: unknown): CheckedHead {
	const checked = backupHeadSchema.safeParse(envelope);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return damaged(issue ? describeIssue(issue) : 'unknown problem');
	}
	const problem = crossCheck(checked.data);
	return problem ? damaged(problem) : { ok: true, head: checked.data };
}

const answerRowsSchema = z.array(answerSchema);

export type CheckedAnswers = { ok: true; rows: Answer[] } | { ok: false; message: string };

/**
 * A chunk of answer rows (`offset`: the index of its first row in the file,
 * for messages) validated and checked against the backup's review ids.
 */
export function checkAnswerRows(rows: readonly unknown[], offset: number, sessionIds: ReadonlySet<string>): CheckedAnswers {
	const checked = answerRowsSchema.safeParse(rows);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		if (!issue) return damaged('unknown problem');
		const [index, ...rest] = issue.path;
		return damaged(describeIssue({ ...issue, path: ['answers', Number(index) + offset, ...rest] }));
	}
	const orphan = checked.data.findIndex((a) => !sessionIds.has(a.sessionId));
	if (orphan >= 0) return damaged(`answers[${orphan + offset}].sessionId: no review with the id "${checked.data[orphan]!.sessionId}" in this backup`);
	return { ok: true, rows: checked.data };
}

/** All of it at once: a backup every row of which is valid, or what is wrong. */
export function parseBackup(input: ArrayBuffer | Uint8Array | string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParsedBackup {
	const read = readBackupEnvelope(input, migrations);
	if (!read.ok) return read;
	const head = checkBackupHead(read.envelope);
	if (!head.ok) return head;
	const answers = checkAnswerRows(head.head.answers, 0, new Set(head.head.sessions.map((s) => s.id)));
	return answers.ok ? { ok: true, backup: { ...head.head, answers: answers.rows } } : answers;
}

/** What the schema cannot say: keys that must agree and be unique (answers: checkAnswerRows). */
function crossCheck(backup: BackupHead): string | undefined {
	const ids = new Set<string>();
	const keys = new Set<string>();
	for (const [i, s] of backup.sessions.entries()) {
		if (s.prKey !== prKey(s.pr, s.role)) return `sessions[${i}].prKey: does not match its PR and role`;
		if (ids.has(s.id)) return `sessions[${i}].id: a second review with the id "${s.id}"`;
		if (keys.has(s.prKey)) return `sessions[${i}].prKey: a second review of the same PR and role`;
		ids.add(s.id);
		keys.add(s.prKey);
	}
	const slugs = new Set<string>();
	for (const [i, c] of backup.customStandards.entries()) {
		const problem = customRowProblem(c);
		if (problem) return `customStandards[${i}]: ${problem}`;
		if (slugs.has(c.slug)) return `customStandards[${i}].slug: a second standard with the slug "${c.slug}"`;
		slugs.add(c.slug);
	}
	return undefined;
}
