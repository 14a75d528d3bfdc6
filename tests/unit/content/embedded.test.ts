import { describe, expect, it } from 'vitest';
import { checklist, parseFixture } from './helpers';

describe('task lists inside a fenced markdown block', () => {
	const doc = parseFixture('embedded-fence.md');

	it('are checklists titled by the headings inside the fence', () => {
		const security = checklist(doc, 'security');
		expect(security.title).toBe('Security');
		expect(security.heading).toBe('Security');
		expect(security.items.map((i) => i.text)).toEqual(['No hardcoded secrets', 'Input validated']);
		expect(checklist(doc, 'performance').items).toHaveLength(1);
	});

	it('belong to the enclosing real section', () => {
		expect(checklist(doc, 'security').sectionId).toBe('53-code-review-checklist');
		expect(checklist(doc, 'performance').sectionId).toBe('53-code-review-checklist');
	});

	it('do not add the fence headings to the sections', () => {
		expect(doc.sections.map((s) => s.id)).toEqual(['embedded-fixture', '53-code-review-checklist', 'later']);
	});

	it('do not leak the fence heading to lists after the fence', () => {
		const after = checklist(doc, 'later');
		expect(after.heading).toBe('Later');
		expect(after.sectionId).toBe('later');
	});

	it('count file lines inside the fence', () => {
		expect(checklist(doc, 'security').items[0]?.line).toBe(9);
	});

	it('render as an embedded document, other fences stay code', () => {
		expect(doc.html).toContain('<div class="embedded-doc">');
		expect(doc.html).toMatch(/<div class="embedded-doc">\s*<h3>Code Review Checklist<\/h3>\s*<h4>Security<\/h4>/);
		expect(doc.html).toContain('<pre><code class="language-md"># Just an example heading');
	});
});
