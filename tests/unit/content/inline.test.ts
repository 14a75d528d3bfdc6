import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers';

describe('item text and html', () => {
	const [first, second] = parseFixture('inline.md').checklists[0]?.items ?? [];

	it('plain text has no markdown markers, code spans as text, entities decoded', () => {
		expect(first?.text).toBe('Timeout configured? Every call has a timeout=5 & see docs');
		expect(second?.text).toBe('Use a<b> and emphasis <tag> ✓');
	});

	it('html keeps bold, code and links (sanitized, external links get rel)', () => {
		expect(first?.html).toContain('<strong>Timeout configured?</strong>');
		expect(first?.html).toContain('<code>timeout=5</code>');
		expect(first?.html).toContain('href="https://example.com/x"');
		expect(first?.html).toContain('rel="noopener noreferrer"');
		expect(first?.html).toContain('target="_blank"');
		expect(second?.html).toContain('<code>a&lt;b&gt;</code>');
		expect(second?.html).toContain('<em>emphasis</em>');
	});

	it('the rendered task item is a labelled, disabled checkbox', () => {
		const doc = parseFixture('inline.md');
		expect(doc.html).toMatch(
			/<li class="task" data-item-id="inline\/checks\/[^"]+"><label><input type="checkbox" disabled=""> <strong>Timeout configured\?<\/strong>/
		);
		expect(doc.html).toContain('<ul class="checklist" data-checklist-id="checks">');
	});
});
