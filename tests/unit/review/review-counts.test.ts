import { describe, expect, it } from 'vitest';
import { reviewCounts, reviewModel } from '$lib/review/item-model';
import type { Answer, Session } from '$lib/review/schema';
import type { StandardSummary } from '$lib/content/schema';
import { cloneStandard, productionChecklist, reviewStandard, standards } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';

const P = 'production-code-checklist';
const R = 'code-review/review';
const t1 = ['concurrency', 'dependencies', 'failure-modes', 'resources', 'tests'].map((k) => `${P}/tier-1/${k}`);

/** The standards with Tier 1's first item reworded, its last removed and a new one added (see item-model.test). */
function drifted(): StandardSummary[] {
	const next = cloneStandard(productionChecklist);
	next.version = 'v2';
	const tier1 = next.checklists[0]!;
	tier1.items[0]!.text = 'Concurrency: is all shared state locked?';
	tier1.items.splice(4, 1);
	tier1.items.push({ ...tier1.items[2]!, id: `${P}/tier-1/observability`, text: 'Observability: is it logged?', label: 'Observability' });
	return [next, reviewStandard];
}

/** Tier 1's first item moved to Tier 2. */
function moved(): StandardSummary[] {
	const next = cloneStandard(productionChecklist);
	next.checklists[1]!.items.push(next.checklists[0]!.items.splice(0, 1)[0]!);
	return [next, reviewStandard];
}

const hot: Session = { ...makeSession(), triggers: [`${P}/hot-path`] };
const rows: Answer[] = [
	answer('s1', t1[0]!, 'done'),
	answer('s1', t1[1]!, 'na'),
	answer('s1', t1[4]!, 'fail'),
	answer('s1', `${P}/tier-2/security`, 'done'),
	answer('s1', `${P}/tier-1/observability`, 'done'),
	// An answer to an item the review does not count (its tier is off): never counted.
	answer('s1', `${P}/tier-3/rollback`, 'done')
];

const cases: Array<[string, Session, Answer[], StandardSummary[]]> = [
	['Tier 1 only', makeSession(), rows, standards],
	['Tier 2 on by a trigger', hot, rows, standards],
	['Tier 3 forced on, Tier 2 forced off', { ...hot, tierOverrides: { [`${P}/3`]: true, [`${P}/2`]: false } }, rows, standards],
	['a reviewer with a P0 failure', makeSession({ role: 'reviewer' }), [answer('s1', `${R}/correctness`, 'fail'), answer('s1', `${R}/docs`, 'na')], standards],
	['nothing chosen', { ...makeSession(), checklists: [] }, rows, standards],
	['reworded, removed and new items', makeSession(), rows, drifted()],
	['an item moved to another checklist', hot, rows, moved()],
	['an item moved out of a checklist no longer used', { ...makeSession(), checklists: [`${P}/tier-2`], triggers: [`${P}/hot-path`] }, rows, moved()],
	['a standard deleted since', makeSession(), rows, [reviewStandard]],
	['a standard deleted since, Tier 2 forced on', { ...makeSession(), tierOverrides: { [`${P}/2`]: true } }, rows, []]
];

describe('reviewCounts: the overall counts of reviewModel, without the model', () => {
	it.each(cases)('%s', (_, session, answers, catalog) => {
		const expected = reviewModel(session, answers, catalog).counts.overall;
		expect(reviewCounts(session, answers, catalog)).toEqual(expected);
		expect(reviewCounts(session, new Map(answers.map((a) => [a.itemId, a])), catalog)).toEqual(expected);
	});

	it('counts what the list shows: done and N/A finished, a failure not', () => {
		expect(reviewCounts(makeSession(), rows, standards)).toEqual({ total: 5, open: 2, done: 1, na: 1, fail: 1, finished: 2, percent: 40 });
		expect(reviewCounts(hot, rows, standards)).toMatchObject({ total: 7, done: 2, finished: 3 });
		expect(reviewCounts(makeSession(), rows, drifted())).toMatchObject({ total: 6, done: 2, finished: 3, fail: 1 });
	});

	it('a new standards array is located again (the catalog is replaced, never changed in place)', () => {
		const before = standards.map((s) => cloneStandard(s));
		expect(reviewCounts(makeSession(), rows, before).total).toBe(5);
		const after = drifted();
		expect(reviewCounts(makeSession(), rows, after)).toEqual(reviewModel(makeSession(), rows, after).counts.overall);
		expect(reviewCounts(makeSession(), rows, after).total).toBe(6);
	});
});
