import { describe, expect, it } from 'vitest';
import { checklist, parseFixture } from './helpers';

describe('checklist titles and sections', () => {
	const doc = parseFixture('bold-label.md');

	it('titles a task list by the bold paragraph directly above it', () => {
		const tier1 = checklist(doc, 'tldr-quick-reference-tier-1-mandatory-for-all-code');
		expect(tier1.title).toBe('Tier 1 - MANDATORY FOR ALL CODE');
		expect(tier1.heading).toBe('🚨 TL;DR - Quick Reference');
		expect(tier1.sectionId).toBe('tldr---quick-reference');
		expect(tier1.items.map((i) => i.text)).toEqual(['First check', 'Second check']);
	});

	it('keeps the label across a blank line and strips the trailing colon', () => {
		const tier2 = doc.checklists[1];
		expect(tier2?.title).toBe('Tier 2 - Infrastructure Code (datastores, async, I/O)');
		expect(tier2?.items).toHaveLength(1);
	});

	it('falls back to the nearest heading when no bold label sits above', () => {
		const [, , byHeading, afterSentence] = doc.checklists;
		expect(byHeading?.title).toBe('Plain Heading List');
		expect(byHeading?.id).toBe('plain-heading-list');
		expect(afterSentence?.title).toBe('Plain Heading List');
		expect(afterSentence?.sectionId).toBe('plain-heading-list');
	});

	it('without frontmatter: title from H1, summary from the first paragraph', () => {
		expect(doc.title).toBe('Label Fixture');
		expect(doc.summary).toBe('Intro paragraph for the summary.');
	});

	it('records the source line of each item', () => {
		expect(doc.checklists[0]?.items[0]?.line).toBe(8);
		expect(doc.checklists[0]?.line).toBe(8);
	});
});

describe('code fences', () => {
	const doc = parseFixture('code-headings.md');

	it('treats # lines inside code as code, not headings', () => {
		expect(doc.sections.map((s) => s.title)).toEqual(['Code Fixture', 'Real Section', 'Real Subsection']);
		expect(doc.html).not.toMatch(/<h\d[^>]*>\s*MANDATORY/);
		expect(doc.html).toContain('<pre><code class="language-python"># MANDATORY: not a heading');
	});

	it('keeps code in the search text of its section', () => {
		const entry = doc.search.find((e) => e.sectionId === 'real-section');
		expect(entry?.text).toContain('# MANDATORY: not a heading');
		expect(entry?.text).toContain('# indented code is code too');
	});
});

describe('status lists', () => {
	const doc = parseFixture('status.md');

	it('marks lists under "Current Status" as status; one pre-ticked item does not make a list read-only', () => {
		expect(doc.checklists.map((c) => [c.title, c.kind])).toEqual([
			['Level 1: Basic Reliability ✅', 'status'],
			['Level 2: Production-Grade (In Progress)', 'status'],
			['Elsewhere', 'review'],
			['Review', 'review']
		]);
	});

	it('status lists have no roles and are never defaults', () => {
		const status = doc.checklists.filter((c) => c.kind === 'status');
		expect(status.every((c) => c.roles.length === 0)).toBe(true);
		expect(doc.defaults.author).toEqual(['elsewhere', 'review']);
		expect(doc.defaults.reviewer).toEqual(['elsewhere', 'review']);
	});

	it('renders ticked items checked and disabled', () => {
		expect(doc.html).toContain('<input type="checkbox" disabled="" checked="">');
	});
});

describe('sections, search and html', () => {
	const doc = parseFixture('ids.md');

	it('lists every heading of level 1-4 with GitHub-like ids', () => {
		expect(doc.sections).toEqual([
			{ id: 'ids-fixture', title: 'Ids Fixture', level: 1 },
			{ id: 'setup', title: 'Setup', level: 2 },
			{ id: 'setup-1', title: 'Setup', level: 2 },
			{ id: 'links--things', title: '🔍 Links & Things!', level: 2 },
			// "links" is a DOM-clobbering name DOMPurify strips from ids, so it is treated as taken.
			{ id: 'links-1', title: 'Links', level: 2 },
			{ id: 'setup-2', title: 'Setup', level: 3 }
		]);
	});

	it('gives every heading in the html its section id', () => {
		for (const s of doc.sections) expect(doc.html).toContain(`<h${s.level} id="${s.id}">`);
	});

	it('has one search entry per section', () => {
		expect(doc.search.map((e) => e.sectionId)).toEqual(doc.sections.map((s) => s.id));
		expect(doc.search.find((e) => e.sectionId === 'setup')?.text).toContain('Alpha check');
	});

	it('version is a short hash that changes with the text', () => {
		expect(doc.version).toMatch(/^[0-9a-z]{10}$/);
		expect(parseFixture('ids-reordered.md').version).not.toBe(doc.version);
	});
});
