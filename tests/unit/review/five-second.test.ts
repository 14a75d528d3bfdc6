import { describe, expect, it } from 'vitest';
import { applyFiveSecond, fiveSecondReason } from '$lib/review/five-second';
import { productionChecklist as pcc } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';

const NOW = '2025-01-02T00:00:00.000Z';
const CONC = 'production-code-checklist/tier-1/concurrency';
const FAIL_MODES = 'production-code-checklist/tier-1/failure-modes';

describe('applyFiveSecond', () => {
	it('a "no" with answerWhenNo fills the item in and marks it done', () => {
		const s = makeSession();
		const r = applyFiveSecond(s, pcc, 'shared-state', false, [], NOW);
		expect(r.session.fiveSecond).toEqual({ 'shared-state': false });
		expect(r.session.updatedAt).toBe(NOW);
		expect(r.answers).toEqual([{ sessionId: 's1', itemId: CONC, state: 'done', note: '', answer: 'No shared state', updatedAt: NOW }]);
		expect(s.fiveSecond).toEqual({}); // input untouched
	});

	it('a "no" keeps the note of an existing row', () => {
		const r = applyFiveSecond(makeSession(), pcc, 'shared-state', false, [answer('s1', CONC, 'open', { note: 'n' })], NOW);
		expect(r.answers[0]).toMatchObject({ state: 'done', note: 'n', answer: 'No shared state' });
	});

	it('a "no" without answerWhenNo leaves the check open', () => {
		const r = applyFiveSecond(makeSession(), pcc, 'can-fail', false, [], NOW);
		expect(r.session.fiveSecond['can-fail']).toBe(false);
		expect(r.answers).toEqual([]);
	});

	it('a "no" never overwrites the user’s own answer or decision', () => {
		const own = [answer('s1', CONC, 'done', { answer: 'Thread-safe via RLock' })];
		expect(applyFiveSecond(makeSession(), pcc, 'shared-state', false, own, NOW).answers).toEqual([]);
		const na = [answer('s1', CONC, 'na', { note: 'no threads' })];
		expect(applyFiveSecond(makeSession(), pcc, 'shared-state', false, na, NOW).answers).toEqual([]);
	});

	it('a "yes" after a "no" reopens what the "no" filled in', () => {
		const s = makeSession();
		const first = applyFiveSecond(s, pcc, 'shared-state', false, [], NOW);
		const later = '2025-01-03T00:00:00.000Z';
		const second = applyFiveSecond(first.session, pcc, 'shared-state', true, first.answers, later);
		expect(second.session.fiveSecond['shared-state']).toBe(true);
		expect(second.answers).toEqual([{ sessionId: 's1', itemId: CONC, state: 'open', note: '', answer: '', updatedAt: later }]);
	});

	it('a "yes" leaves the user’s own answer alone', () => {
		const s = { ...makeSession(), fiveSecond: { 'shared-state': false } };
		const own = [answer('s1', CONC, 'done', { answer: 'Thread-safe via RLock' })];
		expect(applyFiveSecond(s, pcc, 'shared-state', true, own, NOW).answers).toEqual([]);
		expect(applyFiveSecond(makeSession(), pcc, 'shared-state', true, [], NOW).answers).toEqual([]);
	});

	it('ignores rows of other sessions and items', () => {
		const rows = [answer('other', CONC, 'done', { answer: 'x' }), answer('s1', FAIL_MODES, 'done', { answer: 'y' })];
		expect(applyFiveSecond(makeSession(), pcc, 'shared-state', false, rows, NOW).answers[0]).toMatchObject({ sessionId: 's1', itemId: CONC });
	});

	it('rejects an unknown question', () => {
		expect(() => applyFiveSecond(makeSession(), pcc, 'nope', true, [], NOW)).toThrow(RangeError);
	});

	describe('a rule whose answer is "N/A"', () => {
		const question = { id: 'failure', question: 'How does this fail?', leadsTo: 'Failure modes', itemId: FAIL_MODES, answerWhenNo: 'N/A' };
		const std = { ...pcc, fiveSecondRule: [...pcc.fiveSecondRule, question] };

		it('"no" marks the check N/A with the rule as its reason, never done with the answer "N/A"', () => {
			const r = applyFiveSecond(makeSession(), std, 'failure', false, [answer('s1', FAIL_MODES, 'open', { note: 'n' })], NOW);
			expect(r.answers[0]).toMatchObject({ state: 'na', reason: fiveSecondReason(question), note: 'n', answer: '' });
		});

		it('a later "yes" takes the N/A back; a user’s own tick or N/A stays', () => {
			const s = { ...makeSession(), fiveSecond: { failure: false } };
			const filled = { ...answer('s1', FAIL_MODES, 'na'), reason: fiveSecondReason(question), stateBeforeNa: 'open' as const };
			expect(applyFiveSecond(s, std, 'failure', true, [filled], NOW).answers[0]).toMatchObject({ state: 'open', reason: '' });
			expect(applyFiveSecond(makeSession(), std, 'failure', false, [answer('s1', FAIL_MODES, 'done')], NOW).answers).toEqual([]);
			const own = { ...answer('s1', FAIL_MODES, 'na'), reason: 'mine' };
			expect(applyFiveSecond(s, std, 'failure', true, [own], NOW).answers).toEqual([]);
		});
	});
});
