import { describe, expect, it } from 'vitest';
import { describeRestore, planRestore, type StoredRows } from '$lib/backup/merge';
import { answer, makeSession, T0 } from '../../fixtures/sessions';
import { backupOf, ITEM, sampleBackup, T1, T2 } from '../../fixtures/backups';

const empty: StoredRows = { sessions: [], answers: [], customStandards: [], reading: [] };

describe('planRestore', () => {
	it('into an empty database: everything is new', () => {
		const plan = planRestore(sampleBackup(), empty);
		expect(plan.summary.reviews).toEqual({ total: 2, added: 2, updated: 0, unchanged: 0 });
		expect(plan.answers).toHaveLength(2);
		expect(plan.customStandards).toHaveLength(1);
		expect(describeRestore(plan.summary)).toBe('Restored 2 reviews (2 new, 0 updated, 0 unchanged) and 1 of your standards (1 new, 0 updated, 0 unchanged).');
	});

	it('the same rows again: nothing to write', () => {
		const backup = sampleBackup();
		const plan = planRestore(backup, { sessions: backup.sessions, answers: backup.answers, customStandards: backup.customStandards, reading: backup.reading });
		expect(plan).toMatchObject({ deleteSessionIds: [], sessions: [], answers: [], customStandards: [], reading: [] });
		expect(plan.summary.reviews).toEqual({ total: 2, added: 0, updated: 0, unchanged: 2 });
	});

	it('a review in both: the newer updatedAt wins, either way', () => {
		const stored = makeSession({ id: 's1', now: T1 });
		const older = backupOf([makeSession({ id: 's1', now: T0, title: 'old' })]);
		const newer = backupOf([makeSession({ id: 's1', now: T2, title: 'new' })]);
		expect(planRestore(older, { ...empty, sessions: [stored] }).sessions).toEqual([]);
		expect(planRestore(newer, { ...empty, sessions: [stored] }).sessions.map((s) => s.title)).toEqual(['new']);
	});

	it('answers merge per row by updatedAt, even when the stored review is newer', () => {
		const stored = makeSession({ id: 's1', now: T2 });
		const backup = backupOf([makeSession({ id: 's1', now: T0 })], [answer('s1', ITEM, 'done', { updatedAt: T1 }), answer('s1', 'x', 'na', { updatedAt: T0 })]);
		const plan = planRestore(backup, { ...empty, sessions: [stored], answers: [answer('s1', 'x', 'fail', { updatedAt: T2 })] });
		expect(plan.sessions).toEqual([]);
		expect(plan.answers.map((a) => a.itemId)).toEqual([ITEM]);
	});

	it('same PR and role under another id: keeps the newer, never both', () => {
		const stored = makeSession({ id: 'local', now: T1 });
		const newer = backupOf([makeSession({ id: 'remote', now: T2 })], [answer('remote', ITEM, 'done')]);
		const plan = planRestore(newer, { ...empty, sessions: [stored], answers: [answer('local', ITEM, 'fail')] });
		expect(plan.deleteSessionIds).toEqual(['local']);
		expect(plan.sessions.map((s) => s.id)).toEqual(['remote']);
		expect(plan.answers.map((a) => a.sessionId)).toEqual(['remote']);
		expect(plan.summary.reviews).toMatchObject({ updated: 1 });

		const older = backupOf([makeSession({ id: 'remote', now: T0 })], [answer('remote', ITEM, 'done')]);
		const kept = planRestore(older, { ...empty, sessions: [stored] });
		expect(kept).toMatchObject({ deleteSessionIds: [], sessions: [], answers: [] });
		expect(kept.summary.reviews).toMatchObject({ unchanged: 1 });
	});

	it('reading progress keeps the first readAt', () => {
		const backup = sampleBackup();
		const plan = planRestore(backup, { ...empty, reading: [{ ...backup.reading[0]!, readAt: T1 }] });
		expect(plan.reading).toEqual([]);
	});
});
