import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '$lib/server/sanitize-node';
import { parseText } from './helpers';

const corpus = readFileSync(new URL('../../fixtures/hostile.md', import.meta.url), 'utf8');
const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'svg', 'math', 'object', 'embed', 'form', 'meta', 'base', 'style', 'link', 'template', 'noscript', 'button', 'body'];
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite'];
const BAD_SCHEME = /^\s*(javascript|data|vbscript):/i;

/** Everything in `html` a browser could run: on* attributes, bad URL schemes, forbidden elements. */
function dangers(html: string): string[] {
	const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
	const found: string[] = [];
	for (const el of Array.from(document.body.querySelectorAll('*'))) {
		const tag = el.tagName.toLowerCase();
		if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
		for (const { name, value } of Array.from(el.attributes)) {
			if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
			// Browsers drop control characters and whitespace inside schemes.
			if (URL_ATTRS.includes(name.toLowerCase()) && BAD_SCHEME.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${tag}[${name}=${value}]`);
			if (name === 'style' || name === 'srcdoc') found.push(`${tag}[${name}]`);
		}
	}
	return found;
}

describe('hostile markdown corpus', () => {
	const standard = parseText(corpus, 'hostile.md');

	it('has at least 15 vectors, each trying to set the sentinel', () => {
		expect(corpus.match(/__xss\s*=\s*\d+|__xss=\d+/g)?.length ?? 0).toBeGreaterThanOrEqual(15);
	});

	it('the rendered document has no handler, no script URL and no forbidden element', () => {
		expect(dangers(standard.html)).toEqual([]);
	});

	it('no attribute anywhere carries the sentinel code', () => {
		const { document } = new JSDOM(`<body>${standard.html}</body>`).window;
		const carriers = Array.from(document.body.querySelectorAll('*')).flatMap((el) =>
			Array.from(el.attributes).filter((a) => a.value.includes('__xss')).map((a) => `${el.tagName}[${a.name}]`)
		);
		expect(carriers).toEqual([]);
	});

	it('item HTML (shown in the workbook) is clean too', () => {
		const items = standard.checklists.flatMap((c) => c.items);
		expect(items.length).toBeGreaterThanOrEqual(6);
		for (const item of items) expect(dangers(item.html), item.text).toEqual([]);
	});

	it('external links get rel="noopener noreferrer"; safe links survive', () => {
		const { document } = new JSDOM(`<body>${standard.html}</body>`).window;
		const external = Array.from(document.querySelectorAll('a[href^="https://"]'));
		expect(external.length).toBeGreaterThanOrEqual(3);
		for (const a of external) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
	});

	it('each vector alone is neutralised by the sanitizer', () => {
		const vectors = corpus.split('\n\n').filter((block) => block.includes('__xss') || block.includes('vbscript'));
		expect(vectors.length).toBeGreaterThanOrEqual(15);
		for (const vector of vectors) expect(dangers(sanitizeHtml(vector)), vector).toEqual([]);
	});
});
