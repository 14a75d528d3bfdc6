import { describe, expect, it } from 'vitest';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { escapeLine } from '$lib/export/markdown-escape';
import { findVisibleBlock, matchKey } from '$lib/import/visible-block';
import { matchByText, textIndex } from '$lib/import/text-match';
import { importVisibleBlock, visibleLineCount } from '$lib/import/visible-import';
import { importPrBody } from '$lib/import/pr-import';
import type { Checklist, StandardSummary } from '$lib/content/schema';
import type { Answer, PrRef, Session } from '$lib/review/schema';
import { authorSession, LATER, NOW, PCC, qa, SDK, STANDARDS, t1, t2, typicalAuthorAnswers } from '../../fixtures/export-fixtures';

const PR: PrRef = { host: 'github', repo: 'acme/widgets', number: 9, url: 'https://github.com/acme/widgets/pull/9' };

/** The block as exported, without its hidden last line. */
function strippedBlock(session: Session, rows: Answer[], includeTierChecks = true): string {
	const block = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks });
	return block.replace(/\n<!-- shipshape:[^\n]*-->$/, '');
}

const match = (text: string, standards: readonly StandardSummary[] = STANDARDS) => matchByText(findVisibleBlock(text) ?? [], textIndex(standards));

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error((result as unknown as { message: string }).message);
	return result as Extract<T, { ok: true }>;
}

describe('matchKey', () => {
	it('undoes the one escaper and folds whitespace', () => {
		const text = 'Logs validated (include *tenant_id*) for @team #12 <b>';
		expect(matchKey(escapeLine(text))).toBe(text);
		expect(matchKey('  Feature   manually\ttested ')).toBe('Feature manually tested');
	});
});

describe('findVisibleBlock', () => {
	it('reads the lines from the heading to the progress line, with the sub-heading above each', () => {
		const lines = findVisibleBlock('intro\n- [x] not in the block\n\n### PR Self-QA\n\n- [x] A\n\n#### Tier 2 \\- Infra\n\n- [ ] B\n  > note\n\n**Progress:** 1 of 2 done\n\n- [x] after');
		expect(lines?.map((l) => [l.line.content, l.line.checked, l.heading, l.line.notes])).toEqual([
			['A', true, undefined, []],
			['B', false, 'Tier 2 - Infra', ['note']]
		]);
	});

	it('ends at the next section of the description when the progress line is gone', () => {
		expect(findVisibleBlock('### PR Self-QA\n- [x] A\n## Screenshots\n- [x] B')?.map((l) => l.line.content)).toEqual(['A']);
	});

	it('is null without the heading, empty for a block without lines', () => {
		expect(findVisibleBlock('- [x] Feature manually tested')).toBeNull();
		expect(findVisibleBlock('### PR Self-QA\n\n_No checklist items chosen._\n')).toEqual([]);
		expect(visibleLineCount('nothing here')).toBeNull();
	});
});

describe('matchByText', () => {
	it('matches an exported block exactly: states, N/A reasons, notes and answers', () => {
		const session = authorSession();
		const { matched, unmatched } = match(strippedBlock(session, typicalAuthorAnswers()));
		expect(unmatched).toEqual([]);
		const byId = new Map(matched.map((m) => [m.item.id, m.read]));
		expect(byId.get(qa(1))).toMatchObject({ state: 'done', note: 'Tested on staging with 3 tenants' });
		expect(byId.get(qa(9))).toMatchObject({ state: 'fail', note: 'HTTP client still has no timeout' });
		expect(byId.get(qa(12))).toMatchObject({ state: 'na' });
		expect(byId.get(t1('concurrency'))).toMatchObject({ state: 'done', answer: 'Thread-safe via RLock' });
		expect(byId.get(t1('tests'))).toMatchObject({ state: 'open' });
	});

	it('undoes escaped characters and folded whitespace in the item text', () => {
		const weird = 'Logs validated (include *tenant_id*) #1 @ops';
		const standards = [{ ...STANDARDS[1]!, checklists: [{ ...STANDARDS[1]!.checklists[0]!, items: [{ ...STANDARDS[1]!.checklists[0]!.items[0]!, text: weird }] }] }];
		const line = `- [x] ${escapeLine(weird).replace(/ /g, '  ')} — **N/A:** not \\*here\\*`;
		const { matched } = match(`### PR Self-QA\n${line.replace('[x] ', '[x] ~~').replace(' — **N/A', '~~ — **N/A')}`, standards);
		expect(matched).toHaveLength(1);
		expect(matched[0]?.read).toMatchObject({ state: 'na', reason: 'not *here*' });
	});

	it('lists a reworded item as not matched, never guessed', () => {
		const { matched, unmatched } = match('### PR Self-QA\n- [x] Feature tested by hand\n- [x] Type hints added');
		expect(matched.map((m) => m.item.id)).toEqual([qa(11)]);
		expect(unmatched).toEqual([{ text: 'Feature tested by hand', reason: 'unknown' }]);
	});

	describe('the same text under two checklists', () => {
		const twin: Checklist = { ...STANDARDS[1]!.checklists[0]!, id: 'release-checklist', title: 'Release Checklist', items: [{ ...STANDARDS[1]!.checklists[0]!.items[0]!, id: `${SDK}/release-checklist/qa-1` }] };
		const standards = [STANDARDS[0]!, { ...STANDARDS[1]!, checklists: [...STANDARDS[1]!.checklists, twin] }];

		it('is ambiguous without a heading that tells them apart', () => {
			// Both are plain (no tier): the untitled list could be either.
			expect(match('### PR Self-QA\n- [x] Feature manually tested', standards).unmatched).toEqual([{ text: 'Feature manually tested', reason: 'ambiguous' }]);
			expect(match('### PR Self-QA\n#### Something else\n- [x] Feature manually tested', standards).unmatched).toHaveLength(1);
		});

		it('is matched under the heading of one of them', () => {
			const { matched } = match('### PR Self-QA\n#### Release Checklist\n- [x] Feature manually tested\n#### PR Self\\-QA Checklist\n- [ ] Feature manually tested', standards);
			expect(matched.map((m) => [m.item.id, m.read.state])).toEqual([
				[`${SDK}/release-checklist/qa-1`, 'done'],
				[qa(1), 'open']
			]);
		});

		it('the untitled list means the checklist that is not a tier', () => {
			const tiered = [{ ...STANDARDS[0]!, checklists: [...STANDARDS[0]!.checklists, { ...twin, tier: 2 as const }] }, STANDARDS[1]!];
			expect(match('### PR Self-QA\n- [x] Feature manually tested', tiered).matched.map((m) => m.item.id)).toEqual([qa(1)]);
		});
	});

	it('reports a line repeated for the same item instead of letting the second one win', () => {
		const { matched, unmatched } = match('### PR Self-QA\n- [x] Type hints added\n- [ ] Type hints added');
		expect(matched.map((m) => m.read.state)).toEqual(['done']);
		expect(unmatched).toEqual([{ text: 'Type hints added', reason: 'repeated' }]);
	});

	// Time bounds here only guard against quadratic work (minutes on 1 MB); the speed itself is not asserted.
	it('finishes fast on 1 MB of hostile lines', () => {
		const line = `- [x] ${'Feature manually tested — '.repeat(2000)}${'\\'.repeat(1000)}`;
		const hostile = `### PR Self-QA\n${`${line}\n  > ${'#'.repeat(500)}\n`.repeat(Math.ceil(1_048_576 / (line.length + 505)))}`;
		expect(hostile.length).toBeGreaterThan(1_000_000);
		const started = performance.now();
		const { matched, unmatched } = match(hostile);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(matched).toHaveLength(1);
		expect(unmatched.length).toBeGreaterThan(10);
	});

	it('finishes fast on 1 MB of short repeated lines', () => {
		const many = `### PR Self-QA\n${'- [x] Type hints added — **Failed**\n'.repeat(29_000)}`;
		expect(many.length).toBeGreaterThan(1_000_000);
		const started = performance.now();
		const { matched, unmatched } = match(many);
		expect(performance.now() - started).toBeLessThan(3000);
		expect(matched).toHaveLength(1);
		expect(unmatched).toHaveLength(28_999);
	});
});

describe('importVisibleBlock', () => {
	const session = authorSession({ triggers: [`${PCC}/datastore`] });
	const rows = [...typicalAuthorAnswers(), { sessionId: session.id, itemId: t2('datastore-concurrency'), state: 'done' as const, note: '', answer: 'External locking added', updatedAt: NOW }];

	it('builds a new review with the matched answers, tiers of matched tier items on', () => {
		const text = `## Summary\n\nWords.\n\n${strippedBlock(session, rows)}\n`;
		const result = ok(importVisibleBlock(text, STANDARDS, LATER, { pr: PR, id: 'new-1' }));
		expect(result.session.pr).toEqual(PR);
		expect(result.session.role).toBe('author');
		expect(result.session.checklists).toEqual(expect.arrayContaining([`${SDK}/pr-self-qa-checklist`, `${PCC}/tier-1`, `${PCC}/tier-2`]));
		expect(result.session.tierOverrides).toEqual({ [`${PCC}/2`]: true });
		expect(result.byText.unmatched).toEqual([]);
		const done = result.answers.find((a) => a.itemId === t2('datastore-concurrency'));
		expect(done).toMatchObject({ sessionId: 'new-1', state: 'done', answer: 'External locking added', updatedAt: LATER });
		// Exported again, the same visible lines.
		expect(strippedBlock(result.session, result.answers)).toBe(strippedBlock({ ...session, tierOverrides: { [`${PCC}/2`]: true } }, rows));
	});

	it('updates an existing review: only what differs, commit fields and the rest kept', () => {
		const text = strippedBlock(session, rows);
		const existingAnswers = rows.filter((a) => a.itemId !== qa(2));
		const result = ok(importVisibleBlock(text, STANDARDS, LATER, { pr: PR, id: 'x', existing: { session, answers: existingAnswers } }));
		expect(result.changed?.answers.map((a) => [a.itemId, a.state])).toEqual([[qa(2), 'done']]);
		expect(result.changed?.session).toBeNull();
	});

	it('says what is wrong for no block, an empty block and a block nothing matches', () => {
		const target = { pr: PR, id: 'x' };
		expect(importVisibleBlock('just text', STANDARDS, LATER, target)).toMatchObject({ ok: false, message: expect.stringContaining('No PR Self-QA block') });
		expect(importVisibleBlock('### PR Self-QA\n\n_No checklist items chosen._', STANDARDS, LATER, target)).toMatchObject({ ok: false, message: expect.stringContaining('no checklist lines') });
		expect(importVisibleBlock('### PR Self-QA\n- [x] Something else', STANDARDS, LATER, target)).toMatchObject({ ok: false, message: expect.stringContaining('None of the block’s 1 checklist lines') });
	});

	it('a block with its hidden data still goes the exact way', () => {
		expect(importPrBody(prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: true }), STANDARDS, LATER).ok).toBe(true);
	});
});
