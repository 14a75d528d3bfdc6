import { describe, expect, it } from 'vitest';
import type { Checklist, StandardSummary } from '$lib/content/schema';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { GITHUB_BODY_LIMIT, prBlockSizeWarning, SAFE_BLOCK_SIZE } from '$lib/export/pr-block-size';
import { importPrBody } from '$lib/import/pr-import';
import type { Answer, Session, UsedItem } from '$lib/review/schema';
import { authorSession, LATER } from '../../fixtures/export-fixtures';

const SLUG = 'big-standard';

/** 140 items in 7 checklists, texts and ids as long as the bundled standards' longer ones. */
function bigReview(noteLength: number): { session: Session; answers: Answer[]; standards: StandardSummary[] } {
	const checklists: Checklist[] = Array.from({ length: 7 }, (_, c) => ({
		id: `checklist-${c + 1}`,
		title: `Checklist ${c + 1}`,
		heading: `Checklist ${c + 1}`,
		sectionId: `checklist-${c + 1}`,
		kind: 'review',
		roles: ['author'],
		items: Array.from({ length: 20 }, (_, i) => {
			const text = `Item ${c + 1}.${i + 1}: every external call has a timeout, retries back off and failures are logged with context`;
			return { id: `${SLUG}/checklist-${c + 1}/${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 70)}`, text, html: text, detailSectionId: 'x', line: 1 };
		})
	}));
	const standard: StandardSummary = { slug: SLUG, title: 'Big', summary: '', version: 'v1', source: 'bundled', sections: [], checklists, tiers: [], fiveSecondRule: [], defaults: { author: [], reviewer: [] } };
	const items: Record<string, UsedItem> = {};
	for (const c of checklists) for (const i of c.items) items[i.id] = { id: i.id, standardSlug: SLUG, checklistId: c.id, text: i.text };
	const session = authorSession({ checklists: checklists.map((c) => `${SLUG}/${c.id}`), items });
	const states = ['done', 'na', 'fail', 'open'] as const;
	const answers: Answer[] = Object.keys(items).map((itemId, n) => ({ sessionId: session.id, itemId, state: states[n % 4]!, note: n % 2 ? 'Checked on staging; see the run log.\n' + 'x'.repeat(noteLength) : '', answer: '', updatedAt: LATER }));
	return { session, answers, standards: [standard] };
}

const hiddenData = (block: string): string => block.slice(block.indexOf('<!--'));

describe('PR block size', () => {
	it('a 140-item review: the hidden data is ids and states, compressed (34 KB before)', () => {
		const review = bigReview(0);
		const block = prSelfQaBlock(review, { includeTierChecks: false });
		const hidden = hiddenData(block);
		console.log(`140 items: block ${block.length} chars, hidden data ${hidden.length} chars`);
		expect(hidden.length).toBeLessThan(3_000);
		expect(block.length).toBeLessThan(SAFE_BLOCK_SIZE);
		const back = importPrBody(block, review.standards, LATER);
		expect(back.ok && back.answers.filter((a) => a.state !== 'open')).toHaveLength(105);
	});

	it('notes the lines show exactly are not repeated in the hidden data', () => {
		const short = hiddenData(prSelfQaBlock(bigReview(0), { includeTierChecks: false })).length;
		const long = hiddenData(prSelfQaBlock(bigReview(400), { includeTierChecks: false })).length;
		expect(long - short).toBeLessThan(200);
	});

	it('warns before the block passes a safe size and says what to do; past GitHub’s limit it is an error', () => {
		expect(prBlockSizeWarning('x'.repeat(SAFE_BLOCK_SIZE), false)).toBeNull();
		expect(prBlockSizeWarning('x'.repeat(SAFE_BLOCK_SIZE + 1), true)).toEqual({ level: 'warn', message: expect.stringContaining('leave the tier checks out, shorten the longest notes') });
		const long = prSelfQaBlock(bigReview(700), { includeTierChecks: false });
		expect(long.length).toBeGreaterThan(GITHUB_BODY_LIMIT);
		expect(prBlockSizeWarning(long, false)).toEqual({ level: 'error', message: expect.stringContaining('GitHub cuts a PR description at 65,536') });
	});
});
