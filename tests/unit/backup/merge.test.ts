import { describe, expect, it } from 'vitest';
import { describeRestore, planRestore, type RestorePlan, type StoredRows } from '$lib/backup/merge';
import { mergeNotes } from '$lib/backup/merge-rows';
import type { Backup } from '$lib/backup/schema';
import { answer, makeSession, T0 } from '../../fixtures/sessions';
import { backupOf, ITEM, sampleBackup, T1, T2 } from '../../fixtures/backups';

const empty: StoredRows = { sessions: [], answers: [], customStandards: [], reading: [] };

describe('planRestore', () => {
	it('into an empty database: everything is new', () => {
		const plan = planRestore(sampleBackup(), empty);
		expect(plan.summary.reviews).toEqual({ total: 2, added: 2, updated: 0, unchanged: 0 });
		expect(plan.answers).toHaveLength(2);
		expect(plan.customStandards).toHaveLength(1);
		expect(describeRestore(plan.summary)).toBe(
			'Restored 2 reviews (2 new, 0 updated, 0 unchanged) with 2 answers (2 new, 0 updated, 0 unchanged) and 1 of your standards (1 new, 0 updated, 0 unchanged).'
		);
		expect(plan.noteWords.get('s2')).toEqual(['no']);
	});

	it('the same rows again: nothing to write', () => {
		const backup = sampleBackup();
		const plan = planRestore(backup, { sessions: backup.sessions, answers: backup.answers, customStandards: backup.customStandards, reading: backup.reading });
		expect(plan).toMatchObject({ sessions: [], answers: [], customStandards: [], reading: [] });
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

	it('same PR and role under another id: ONE review, the local one, merged item by item (issue 13)', () => {
		const local = makeSession({ id: 'local', now: T1 });
		const stored: StoredRows = {
			...empty,
			sessions: [local],
			answers: [answer('local', ITEM, 'fail', { updatedAt: T1, note: 'local note' }), answer('local', 'kept', 'done', { updatedAt: T1 })]
		};
		const remote = backupOf([makeSession({ id: 'remote', now: T2, title: 'from the laptop' })], [
			answer('remote', ITEM, 'done', { updatedAt: T2, note: 'remote note' }),
			answer('remote', 'new-item', 'na', { updatedAt: T0, note: 'n/a here' })
		]);
		const plan = planRestore(remote, stored);
		expect(plan.sessions.map((s) => [s.id, s.title])).toEqual([['local', 'from the laptop']]);
		expect(plan.answers).toEqual([
			answer('local', ITEM, 'done', { updatedAt: T2, note: 'remote note\n\nlocal note' }),
			answer('local', 'new-item', 'na', { updatedAt: T0, note: 'n/a here' })
		]);
		expect(plan.summary.reviews).toEqual({ total: 1, added: 0, updated: 1, unchanged: 0 });
		expect(plan.summary.answers).toEqual({ total: 2, added: 1, updated: 1, unchanged: 0 });
		expect(plan.noteWords.get('local')?.sort()).toEqual(['a', 'here', 'local', 'n', 'note', 'remote'].sort());
		expect(describeRestore(plan.summary)).toBe(
			'Restored 1 review (0 new, 1 updated, 0 unchanged) with 2 answers (1 new, 1 updated, 0 unchanged). 1 review of a pull request already reviewed here was merged into it, item by item.'
		);
		// Idempotent: the same file again, over what the first restore wrote, changes nothing.
		const again = planRestore(remote, applied(stored, plan));
		expect(again).toMatchObject({ sessions: [], answers: [] });
		expect(again.summary.reviews).toEqual({ total: 1, added: 0, updated: 0, unchanged: 1 });
		expect(again.summary.answers).toEqual({ total: 2, added: 0, updated: 0, unchanged: 2 });
	});

	it('an older backup of the same PR still brings its answers the local review lacks, and its older notes', () => {
		const local = makeSession({ id: 'local', now: T2 });
		const stored: StoredRows = { ...empty, sessions: [local], answers: [answer('local', ITEM, 'done', { updatedAt: T2 })] };
		const older = backupOf([makeSession({ id: 'remote', now: T0 })], [answer('remote', ITEM, 'fail', { updatedAt: T0, note: 'why' })]);
		const plan = planRestore(older, stored);
		expect(plan.sessions).toEqual([]);
		expect(plan.answers).toEqual([answer('local', ITEM, 'done', { updatedAt: T2, note: 'why' })]);
		// "0 updated, 1 unchanged" would hide that an answer changed: the review counts as updated.
		expect(plan.summary.reviews).toMatchObject({ updated: 1, unchanged: 0 });
	});

	it('notes: never dropped, never repeated', () => {
		expect(mergeNotes('new', '')).toBe('new');
		expect(mergeNotes('', 'old')).toBe('old');
		expect(mergeNotes('new', 'old')).toBe('new\n\nold');
		expect(mergeNotes('new\n\nold', 'old')).toBe('new\n\nold');
	});

	it('reading progress keeps the first readAt', () => {
		const backup = sampleBackup();
		const plan = planRestore(backup, { ...empty, reading: [{ ...backup.reading[0]!, readAt: T1 }] });
		expect(plan.reading).toEqual([]);
	});
});

/** The stored rows after a plan was written (what the repository does). */
function applied(stored: StoredRows, plan: RestorePlan): StoredRows {
	const key = (a: { sessionId: string; itemId: string }) => `${a.sessionId}/${a.itemId}`;
	const answers = new Map(stored.answers.map((a) => [key(a), a]));
	for (const a of plan.answers) answers.set(key(a), a);
	const sessions = new Map(stored.sessions.map((s) => [s.id, s]));
	for (const s of plan.sessions) sessions.set(s.id, s);
	return { ...stored, sessions: [...sessions.values()], answers: [...answers.values()] };
}

export type { Backup };
