import { describe, expect, it } from 'vitest';
import { markNaPatch, meansNotApplicable, noteAndReason, undoNaPatch } from '$lib/review/na';
import { itemLines, readLine } from '$lib/export/pr-lines';
import { commitAnswer } from '$lib/export/commit-body';
import type { Answer, UsedItem } from '$lib/review/schema';
import { showsBlocking } from '$lib/review/blocking';
import { reviewEditPatch } from '$lib/review/edit-review';
import { makeSession } from '../../fixtures/sessions';
import { STANDARDS } from '../../fixtures/export-fixtures';

const row = (patch: Partial<Answer>): Answer => ({ sessionId: 's', itemId: 'i', state: 'open', note: '', answer: '', updatedAt: '2026-01-01T00:00:00.000Z', ...patch });
const item: UsedItem = { id: 'i', standardSlug: 'std', checklistId: 'c', text: 'Failure mode analysis', label: 'Failure Modes' };

describe('N/A reason and note are two fields', () => {
	it('reads an old N/A row (no reason field) as reason, a new one as both', () => {
		expect(noteAndReason(row({ state: 'na', note: 'old reason' }))).toEqual({ note: '', reason: 'old reason' });
		expect(noteAndReason(row({ state: 'na', note: 'my note', reason: 'why' }))).toEqual({ note: 'my note', reason: 'why' });
		expect(noteAndReason(row({ state: 'done', note: 'my note' }))).toEqual({ note: 'my note', reason: '' });
		expect(noteAndReason(undefined)).toEqual({ note: '', reason: '' });
	});

	it('marking N/A keeps the note and the state before; undo returns to it', () => {
		const ticked = row({ state: 'done', note: 'checked in staging' });
		const na = { ...ticked, ...markNaPatch(ticked, 'pure function') };
		expect(na).toMatchObject({ state: 'na', note: 'checked in staging', reason: 'pure function', stateBeforeNa: 'done' });
		// A second N/A (reason edited) keeps the original state before.
		const again = { ...na, ...markNaPatch(na, 'nothing fails') };
		expect(again.stateBeforeNa).toBe('done');
		expect({ ...again, ...undoNaPatch(again) }).toMatchObject({ state: 'done', note: 'checked in staging', reason: '' });
		// An old N/A row: its note was the reason, so undo leaves no note behind.
		expect(undoNaPatch(row({ state: 'na', note: 'old reason' }))).toEqual({ state: 'open', note: '', reason: '' });
	});

	it('knows the words that mean not applicable', () => {
		for (const w of ['N/A', 'n/a', 'NA', 'Not applicable', 'N/A.']) expect(meansNotApplicable(w)).toBe(true);
		for (const w of ['No changes', 'Nano', '']) expect(meansNotApplicable(w)).toBe(false);
	});

	it('the PR line shows the reason on the line and the note quoted, and reads them back apart', () => {
		const a = row({ state: 'na', note: 'see thread', reason: 'pure function' });
		const lines = itemLines(item, a);
		expect(lines).toEqual(['- [x] ~~Failure mode analysis~~ — **N/A:** pure function', '  > see thread']);
		const read = readLine(item, { checked: true, content: lines[0]!.slice(6), notes: ['see thread'] });
		expect(read).toEqual({ state: 'na', note: 'see thread', reason: 'pure function', answer: undefined });
	});

	it('the commit message says N/A (reason)', () => {
		expect(commitAnswer(row({ state: 'na', note: 'see thread', reason: 'pure function' }), 'mark')).toBe('N/A (pure function)');
		expect(commitAnswer(row({ state: 'na', note: 'old reason' }), 'mark')).toBe('N/A (old reason)');
	});
});


describe('showsBlocking', () => {
	const p0 = (state: Answer['state']) => ({ state, item: { ...item, priority: 'P0' as const } });
	it('shows on a failed P0, and on an open one only when the review is about to be exported', () => {
		expect(showsBlocking(p0('open'), 'reviewer', false)).toBe(false);
		expect(showsBlocking(p0('fail'), 'reviewer', false)).toBe(true);
		expect(showsBlocking(p0('open'), 'reviewer', true)).toBe(true);
		expect(showsBlocking(p0('done'), 'reviewer', true)).toBe(false);
		expect(showsBlocking(p0('fail'), 'author', true)).toBe(false);
		expect(showsBlocking({ state: 'fail', item }, 'reviewer', true)).toBe(false);
	});
});


describe('reviewEditPatch', () => {
	const NOW = '2026-02-01T00:00:00.000Z';
	it('renames, relinks (new prKey) and adds checklists with their items; refuses a bad PR or no checklist', () => {
		const s = makeSession({ role: 'reviewer' });
		const extra = STANDARDS.flatMap((st) => st.checklists.filter((c) => c.kind === 'review').map((c) => `${st.slug}/${c.id}`)).find((k) => !s.checklists.includes(k))!;
		const r = reviewEditPatch(s, STANDARDS, { title: ' New ', pr: 'acme/other#5', checklists: [...s.checklists, extra] }, NOW);
		expect(r.ok && r.patch.title).toBe('New');
		expect(r.ok && r.patch.pr?.repo).toBe('acme/other');
		expect(r.ok && r.prKey).toBe('github:acme/other#5|reviewer');
		expect(r.ok && r.patch.checklists).toContain(extra);
		expect(r.ok && Object.keys(r.patch.items ?? {}).some((id) => id.startsWith(extra.split('/')[0]!))).toBe(true);
		expect(reviewEditPatch(s, STANDARDS, { title: '', pr: 'not a pr', checklists: s.checklists }, NOW)).toMatchObject({ ok: false, field: 'pr' });
		expect(reviewEditPatch(s, STANDARDS, { title: '', pr: s.pr.url, checklists: [] }, NOW)).toMatchObject({ ok: false, field: 'checklists' });
		// Nothing changed but the title: no pr, no checklists in the patch.
		const same = reviewEditPatch(s, STANDARDS, { title: 'x', pr: s.pr.url, checklists: s.checklists }, NOW);
		expect(same.ok && [same.patch.pr, same.patch.checklists]).toEqual([undefined, undefined]);
	});
});
