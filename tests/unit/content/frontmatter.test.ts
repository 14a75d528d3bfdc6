import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '$lib/content/frontmatter';
import { checklist, parseFixture } from './helpers';

describe('splitFrontmatter', () => {
	it('returns the body and the line it starts on', () => {
		const fm = splitFrontmatter('---\ntitle: T\nlist:\n  - a\n  - b\n---\n# Body\n', 'x.md');
		expect(fm.data).toEqual({ title: 'T', list: ['a', 'b'] });
		expect(fm.body).toBe('# Body\n');
		expect(fm.bodyStartLine).toBe(7);
		expect(fm.lineOf(['list', 1])).toBe(5);
		expect(fm.lineOf(['missing', 'deeper'])).toBe(2);
	});

	it('treats a file without a leading --- as all body', () => {
		const fm = splitFrontmatter('# Just markdown\n\n---\n', 'x.md');
		expect(fm.data).toBeUndefined();
		expect(fm.bodyStartLine).toBe(1);
	});

	it('normalises CRLF and a BOM', () => {
		const fm = splitFrontmatter('\uFEFF---\r\ntitle: T\r\n---\r\n# B\r\n', 'x.md');
		expect(fm.data).toEqual({ title: 'T' });
		expect(fm.body).toBe('# B\n');
	});
});

describe('frontmatter applied to a standard', () => {
	const doc = parseFixture('full-frontmatter.md');

	it('sets title, summary, tiers and their triggers', () => {
		expect(doc.title).toBe('Full Fixture');
		expect(doc.summary).toBe('Every frontmatter feature in one place.');
		expect(doc.tiers).toEqual([
			{ tier: 1, checklistIds: ['tier-1'], triggers: [] },
			{ tier: 2, checklistIds: ['tier-2'], triggers: [{ id: 'datastores', label: 'Datastores' }] }
		]);
		expect(checklist(doc, 'tier-1').tier).toBe(1);
		expect(checklist(doc, 'tier-2').tier).toBe(2);
		// A detail list carries its tier without being one of the tier lists.
		expect(checklist(doc, 'shared-state-questions').tier).toBe(1);
	});

	it('sets roles per checklist, with the standard-wide default', () => {
		expect(checklist(doc, 'tier-1').roles).toEqual(['author', 'reviewer']);
		expect(checklist(doc, 'tier-2').roles).toEqual(['author']);
		expect(checklist(doc, 'review').roles).toEqual(['reviewer']);
	});

	it('sets labels, suggestions, priorities and detail sections on items', () => {
		const [concurrency] = checklist(doc, 'tier-1').items;
		expect(concurrency).toMatchObject({
			label: 'Concurrency',
			suggestions: ['Thread-safe via RLock', 'No shared state'],
			detailSectionId: 'shared-state'
		});
		const review = checklist(doc, 'review').items;
		expect(review[0]?.priority).toBe('P0');
		expect(review[1]?.priority).toBeUndefined();
		expect(review[1]?.detailSectionId).toBe('review');
	});

	it('resolves the 5-second rule to items', () => {
		expect(doc.fiveSecondRule).toEqual([
			{
				id: 'shared-state',
				question: 'Shared state?',
				leadsTo: 'Concurrency check',
				itemId: 'full-frontmatter/concurrency',
				answerWhenNo: 'No shared state'
			},
			{ id: 'tests', question: 'Tests?', leadsTo: 'Coverage plan', itemId: 'full-frontmatter/tests' }
		]);
	});

	it('uses the given defaults per role', () => {
		expect(doc.defaults).toEqual({ author: ['tier-1', 'tier-2'], reviewer: ['review'] });
	});
});

describe('a user standard without frontmatter', () => {
	const doc = parseFixture('no-frontmatter.md');

	it('takes title and summary from the document, offers every review list to both roles', () => {
		expect(doc.title).toBe('My Team Standard');
		expect(doc.summary).toBe('Everything we check before merging.');
		expect(doc.tiers).toEqual([]);
		expect(doc.fiveSecondRule).toEqual([]);
		expect(doc.defaults).toEqual({
			author: ['author-checks', 'reviewer-checks'],
			reviewer: ['author-checks', 'reviewer-checks']
		});
		expect(doc.checklists.find((c) => c.id === 'done')?.kind).toBe('status');
	});
});
