import { describe, expect, it } from 'vitest';
import { exportItems, exportOpenItems } from '$lib/export/open-items';
import { answers, authorSession, PCC, qa, reviewerSession, rv, STANDARDS, t1, t2, typicalAuthorAnswers } from '../../fixtures/export-fixtures';

describe('exportOpenItems', () => {
	it('counts only the labelled checks of applicable tiers for the commit message', () => {
		const session = authorSession();
		const input = { session, answers: typicalAuthorAnswers(), standards: STANDARDS };
		expect(exportItems('commit', input).map((i) => i.id)).toEqual([t1('concurrency'), t1('dependencies'), t1('failure-modes'), t1('resources'), t1('tests')]);
		expect(exportOpenItems('commit', input).map((i) => i.id)).toEqual([t1('tests')]);
	});

	it('adds a tier when it applies', () => {
		const session = authorSession({ triggers: [`${PCC}/async`] });
		const open = exportOpenItems('commit', { session, answers: typicalAuthorAnswers(), standards: STANDARDS });
		expect(open.map((i) => i.id)).toEqual([t1('tests'), t2('datastore-concurrency'), t2('connection-lifecycle'), t2('async-threading')]);
	});

	it('follows the PR block: self-QA items, and the tier checks only when included', () => {
		const input = { session: authorSession(), answers: typicalAuthorAnswers(), standards: STANDARDS };
		const without = exportOpenItems('pr-block', input).map((i) => i.id);
		expect(without).toEqual([qa(4), qa(7), qa(8), qa(10), qa(11)]);
		const withTiers = exportOpenItems('pr-block', input, { includeTierChecks: true }).map((i) => i.id);
		expect(withTiers).toEqual([...without, t1('tests')]);
	});

	it('counts every applicable item for the review summary; a failure is not open', () => {
		const session = reviewerSession();
		const rows = answers(session.id, { [rv('timeout')]: { state: 'fail', note: 'none' }, [rv('retry')]: 'done' });
		const open = exportOpenItems('review', { session, answers: rows, standards: STANDARDS });
		expect(open.map((i) => i.id)).toEqual([rv('idempotent'), rv('connections'), rv('memory'), rv('logged'), rv('silent')]);
	});
});
