/**
 * Backups: every record as one versioned JSON envelope, and the way back:
 * bytes → UTF-8 text → JSON → "is it ours, which version" → migrate →
 * validate → cross-check. Pure: the database is not touched until all of it
 * has passed, so a refused file changes nothing.
 */
import { describeIssue } from '$lib/content/content-error';
import { decodeText } from '$lib/content/decode-text';
import { BACKUP_MAX_BYTES, BACKUP_TYPE, BACKUP_VERSION, backupSchema, type Backup, type BackupRows } from '$lib/backup/schema';
import { migrateEnvelope, MIGRATIONS, type Envelope, type Migration } from '$lib/backup/migrate';
import { prKey } from '$lib/review/pr-ref';

export function buildBackup(rows: BackupRows, now: string): Backup {
	return { type: BACKUP_TYPE, version: BACKUP_VERSION, exportedAt: now, ...rows };
}

/** Compact JSON: whitespace would add a third to a large backup. */
export const serializeBackup = (backup: Backup): string => JSON.stringify(backup);

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

const refuse = (message: string): ParsedBackup => ({ ok: false, message });

const isEnvelope = (value: unknown): value is Envelope => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

export function parseBackup(input: ArrayBuffer | Uint8Array | string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ParsedBackup {
	const decoded = decodeText(input, { maxBytes: BACKUP_MAX_BYTES, what: 'file' });
	if (!decoded.ok) return refuse(decoded.message);
	const json = parseJson(decoded.text);
	if (!json.ok) return refuse('This file is not a Shipshape backup: it is not valid JSON.');
	if (!isEnvelope(json.value) || json.value.type !== BACKUP_TYPE) {
		return refuse('This file is not a Shipshape backup: it is JSON, but not the kind Shipshape writes (its "type" is not "shipshape-backup").');
	}
	const version = json.value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return refuse('This Shipshape backup is damaged: version: expected a whole number.');
	}
	if (version > BACKUP_VERSION) {
		return refuse(`This backup was made by a newer Shipshape (backup version ${version}; this app reads up to version ${BACKUP_VERSION}). Update the app, then restore it.`);
	}
	const migrated = migrateEnvelope(json.value, version, migrations);
	if (!migrated.ok) return refuse(migrated.message);
	const checked = backupSchema.safeParse(migrated.envelope);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return refuse(`This Shipshape backup is damaged: ${issue ? describeIssue(issue) : 'unknown problem'}.`);
	}
	const problem = crossCheck(checked.data);
	return problem ? refuse(`This Shipshape backup is damaged: ${problem}.`) : { ok: true, backup: checked.data };
}

/** What the schema cannot say: keys that must agree and be unique, answers that belong to a review. */
function crossCheck(backup: Backup): string | undefined {
	const ids = new Set<string>();
	const keys = new Set<string>();
	for (const [i, s] of backup.sessions.entries()) {
		if (s.prKey !== prKey(s.pr, s.role)) return `sessions[${i}].prKey: does not match its PR and role`;
		if (ids.has(s.id)) return `sessions[${i}].id: a second review with the id "${s.id}"`;
		if (keys.has(s.prKey)) return `sessions[${i}].prKey: a second review of the same PR and role`;
		ids.add(s.id);
		keys.add(s.prKey);
	}
	for (const [i, a] of backup.answers.entries()) {
		if (!ids.has(a.sessionId)) return `answers[${i}].sessionId: no review with the id "${a.sessionId}" in this backup`;
	}
	const slugs = new Set<string>();
	for (const [i, c] of backup.customStandards.entries()) {
		if (slugs.has(c.slug)) return `customStandards[${i}].slug: a second standard with the slug "${c.slug}"`;
		slugs.add(c.slug);
	}
	return undefined;
}
