import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup } from '$lib/backup/envelope';
import { migrateEnvelope, type Migration } from '$lib/backup/migrate';
import { BACKUP_VERSION } from '$lib/backup/schema';
import { sampleBackup, toBytes, T2 } from '../../fixtures/backups';

const refused = (input: unknown) => {
	const result = parseBackup(toBytes(input));
	if (result.ok) throw new Error('expected a refusal');
	return result.message;
};

describe('backup envelope', () => {
	it('is versioned and round-trips through JSON exactly', () => {
		const backup = sampleBackup();
		expect(backup).toMatchObject({ type: 'shipshape-backup', version: 1, exportedAt: T2 });
		const parsed = parseBackup(serializeBackup(backup));
		expect(parsed).toEqual({ ok: true, backup });
	});

	it('builds from rows with the time passed in', () => {
		const rows = { sessions: [], answers: [], customStandards: [], reading: [] };
		expect(buildBackup(rows, T2)).toEqual({ type: 'shipshape-backup', version: BACKUP_VERSION, exportedAt: T2, ...rows });
	});
});

describe('refusals name what is wrong', () => {
	it('not JSON', () => {
		expect(refused('{"type": "shipshape-backup",')).toBe('This file is not a Shipshape backup: it is not valid JSON.');
	});

	it('JSON, but not ours', () => {
		expect(refused({ type: 'excalidraw', version: 2 })).toMatch(/not a Shipshape backup: it is JSON, but not the kind Shipshape writes/);
		expect(refused([1, 2, 3])).toMatch(/not a Shipshape backup/);
		expect(refused('null')).toMatch(/not a Shipshape backup/);
	});

	it('from a future version', () => {
		expect(refused({ ...sampleBackup(), version: 7 })).toBe(
			'This backup was made by a newer Shipshape (backup version 7; this app reads up to version 1). Update the app, then restore it.'
		);
	});

	it('a version that is not a number', () => {
		expect(refused({ ...sampleBackup(), version: '1' })).toMatch(/damaged: version/);
	});

	it('partly invalid: names the record and the field', () => {
		const backup = sampleBackup();
		const broken = JSON.parse(JSON.stringify(backup)) as { sessions: { pr: { number: unknown } }[] };
		broken.sessions[1]!.pr.number = 'twelve';
		expect(refused(broken)).toBe('This Shipshape backup is damaged: sessions[1].pr.number: expected number.');
		const badState = { ...backup, answers: [{ ...backup.answers[0], state: 'maybe' }] };
		expect(refused(badState)).toMatch(/answers\[0\]\.state: expected one of "open", "done", "na", "fail"/);
	});

	it('cross-checks what the schema cannot: PR keys, duplicates, orphan answers', () => {
		const backup = sampleBackup();
		const [a, b] = backup.sessions;
		expect(refused({ ...backup, sessions: [a, { ...b!, prKey: 'github:x/y#1|author' }] })).toMatch(/sessions\[1\]\.prKey: does not match its PR and role/);
		expect(refused({ ...backup, sessions: [a, { ...a!, id: 's9' }], answers: [] })).toMatch(/sessions\[1\]\.prKey: a second review of the same PR and role/);
		expect(refused({ ...backup, sessions: [a], answers: backup.answers })).toMatch(/answers\[1\]\.sessionId: no review with the id "s2"/);
	});
});

describe('migration table', () => {
	// A synthetic "version 0" (before the envelope had custom standards and reading, and named sessions "reviews").
	const v0 = () => {
		const { sessions, answers } = sampleBackup();
		return { type: 'shipshape-backup', version: 0, exportedAt: T2, reviews: sessions, answers };
	};
	const fromV0: Migration = ({ reviews, ...rest }) => ({ ...rest, sessions: reviews, customStandards: [], reading: [] });

	it('runs each step from the file’s version to the current one', () => {
		const migrated = migrateEnvelope(v0(), 0, { 0: fromV0 });
		expect(migrated.ok && migrated.envelope).toMatchObject({ version: 1, customStandards: [], reading: [] });
		const parsed = parseBackup(toBytes(v0()), { 0: fromV0 });
		expect(parsed.ok && parsed.backup.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
	});

	it('refuses a version it has no step for', () => {
		expect(refused(v0())).toBe('This backup has version 0, which this version of Shipshape cannot read.');
	});

	it('a migrated envelope is still validated', () => {
		const lossy: Migration = (e) => ({ ...e, sessions: 'oops', customStandards: [], reading: [] });
		const parsed = parseBackup(toBytes(v0()), { 0: lossy });
		expect(parsed).toEqual({ ok: false, message: 'This Shipshape backup is damaged: sessions: expected array.' });
	});
});
