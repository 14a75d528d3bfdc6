import { describe, expect, it } from 'vitest';
import { linkHeadings, partRefs, partsFromSections, sectionsHtml, splitAtH2, wholeStandardParts } from '$lib/content/sections-html';
import { bundledStandards } from '$lib/server/standards';

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

describe('reading parts from the section map', () => {
	it('rebuilds exactly the parts a page prerenders, for every bundled standard', () => {
		for (const standard of bundledStandards()) {
			const { refs, parts } = wholeStandardParts(standard.slug, standard.html);
			expect(parts).toEqual(splitAtH2(linkHeadings(standard.html)));
			// What client-side navigation does: the section JSON, through JSON, and the refs from the load data.
			expect(partsFromSections(JSON.parse(JSON.stringify(sectionsHtml(standard.html))), refs)).toEqual(parts);
		}
	});

	it('takes the intro from the first section, cut at its first h2', () => {
		const refs = partRefs(html);
		expect(refs).toEqual([
			{ id: '', title: '', source: 'doc' },
			{ id: 'one', title: 'One & more', source: 'one' },
			{ id: 'two', title: 'Two', source: 'two' }
		]);
		expect(partsFromSections(sectionsHtml(html), refs).map((p) => p.html)).toEqual(splitAtH2(linkHeadings(html)).map((p) => p.html));
	});

	it('fails the build when parts would lose text', () => {
		expect(() => wholeStandardParts('x', '<p>before any heading</p>' + html)).toThrow(/x: its reading parts/);
		expect(() => wholeStandardParts('x', html + '<h1 id="again">Again</h1><p>d</p>')).toThrow(/x: /);
	});

	it('leaves a missing section empty rather than failing', () => {
		expect(partsFromSections({}, [{ id: 'gone', title: 'Gone', source: 'gone' }])).toEqual([{ id: 'gone', title: 'Gone', html: '' }]);
	});
});
