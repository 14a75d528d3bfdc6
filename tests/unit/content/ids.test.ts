import { describe, expect, it } from 'vitest';
import { compactSlug, createSlugger, slugify, textKey } from '$lib/content/slug';
import { checklist, parseFixture } from './helpers';

describe('slugs', () => {
	it('follow GitHub: lowercase, emoji and punctuation dropped, spaces to -', () => {
		expect(slugify('🚨 TL;DR - Production Code Quick Reference')).toBe('tldr---production-code-quick-reference');
		expect(slugify('1.1 Error Handling Standards')).toBe('11-error-handling-standards');
		expect(slugify('8. Async/Threading (Mandatory)')).toBe('8-asyncthreading-mandatory');
		expect(compactSlug('🚨 TL;DR - Production')).toBe('tldr-production');
	});

	it('number duplicates in document order', () => {
		const slug = createSlugger();
		expect(['A', 'A', 'a', 'B'].map(slug)).toEqual(['a', 'a-1', 'a-2', 'b']);
	});

	it('shorten long item keys with a hash suffix', () => {
		const long = 'word '.repeat(30);
		expect(textKey(long).length).toBeLessThanOrEqual(55);
		expect(textKey(long)).not.toBe(textKey(`${long} more`));
	});
});

describe('item ids', () => {
	it('derive from standard slug + checklist id + text', () => {
		const doc = parseFixture('ids.md');
		expect(checklist(doc, 'setup').items.map((i) => i.id)).toEqual(['ids/setup/alpha-check', 'ids/setup/beta-check']);
	});

	it('survive re-ordering of the items', () => {
		const ids = (name: string) =>
			parseFixture(name, { slug: 'same' })
				.checklists.flatMap((c) => c.items.map((i) => `${i.text}=${i.id}`))
				.sort();
		expect(ids('ids-reordered.md')).toEqual(ids('ids.md'));
	});

	it('are globally unique within a standard', () => {
		const doc = parseFixture('ids.md');
		const all = doc.checklists.flatMap((c) => c.items.map((i) => i.id));
		expect(new Set(all).size).toBe(all.length);
		// Two lists under headings both called "Setup" get distinct ids.
		expect(doc.checklists.map((c) => c.id)).toEqual(['setup', 'setup-1']);
	});

	it('use explicit ids from frontmatter, namespaced by the standard', () => {
		const doc = parseFixture('full-frontmatter.md');
		expect(checklist(doc, 'tier-1').items.map((i) => i.id)).toEqual(['full-frontmatter/concurrency', 'full-frontmatter/tests']);
	});
});
