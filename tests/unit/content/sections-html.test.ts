import { describe, expect, it } from 'vitest';
import { linkHeadings, sectionsHtml, splitAtH2 } from '$lib/content/sections-html';

const html = [
	'<h1 id="doc">Doc</h1><p>intro</p>',
	'<h2 id="one">🎯 One &amp; more</h2><p>a</p>',
	'<h3 id="one-a">One A</h3><p>b</p>',
	'<h2 id="two">Two</h2><p>c</p>'
].join('');

describe('sections-html', () => {
	it('links every heading to its own anchor', () => {
		expect(linkHeadings('<h2 id="x">X <code>y</code></h2>')).toBe('<h2 id="x"><a class="heading-link" href="#x">X <code>y</code></a></h2>');
	});

	it('splits at level-2 headings, keeping the part before the first one', () => {
		const parts = splitAtH2(html);
		expect(parts.map((p) => p.id)).toEqual(['', 'one', 'two']);
		expect(parts[1]?.title).toBe('One & more');
		expect(parts[1]?.html).toContain('One A');
		expect(parts.map((p) => p.html).join('')).toBe(html);
	});

	it('gives each section its subsections but not its siblings', () => {
		const sections = sectionsHtml(html);
		expect(sections['one']).toContain('<p>b</p>');
		expect(sections['one']).not.toContain('<p>c</p>');
		expect(sections['one-a']).toBe('<h3 id="one-a">One A</h3><p>b</p>');
		expect(sections['doc']).toContain('<p>c</p>');
	});
});
