import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '$lib/content/sanitize';
import { sanitizeHtml } from '$lib/server/sanitize-node';
import { parseFixture } from './helpers';

describe('sanitizer', () => {
	it('strips script, iframe, svg, math, style and form', () => {
		const out = sanitizeHtml(
			'<p>a</p><script>alert(1)</script><iframe src="https://x"></iframe><svg onload="alert(1)"><circle/></svg>' +
				'<math><mi>x</mi></math><style>p{}</style><form action="https://x"><b>in form</b></form>'
		);
		expect(out).not.toMatch(/<script|<iframe|<svg|<math|<style|<form|onload|alert/);
		expect(out).toContain('<p>a</p>');
	});

	it('strips on* attributes', () => {
		const out = sanitizeHtml('<img src="x.png" onerror="alert(1)"><p onclick="alert(1)" onmouseover="x()">p</p>');
		expect(out).not.toMatch(/onerror|onclick|onmouseover/);
		expect(out).toContain('<img src="x.png">');
	});

	it('drops javascript: and data: URLs, including obfuscated ones', () => {
		for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'data:text/html,<b>', 'vbscript:x']) {
			const out = sanitizeHtml(`<a href="${href}">x</a>`);
			expect(out, href).toBe('<a>x</a>');
		}
		expect(sanitizeHtml('<img src="data:image/png;base64,AAAA">')).toBe('<img>');
	});

	it('allows http(s), mailto, relative and #anchor links; external ones get rel and target', () => {
		expect(sanitizeHtml('<a href="https://example.com">x</a>')).toBe(
			'<a href="https://example.com" rel="noopener noreferrer" target="_blank">x</a>'
		);
		expect(sanitizeHtml('<a href="#setup" target="_top">x</a>')).toBe('<a href="#setup">x</a>');
		expect(sanitizeHtml('<a href="./other.md">x</a>')).toBe('<a href="./other.md">x</a>');
		expect(sanitizeHtml('<a href="mailto:a@b.c">x</a>')).toBe('<a href="mailto:a@b.c">x</a>');
		expect(isAllowedUrl('mailto:a@b.c', 'src')).toBe(false);
	});

	it('turns any input into a disabled checkbox', () => {
		expect(sanitizeHtml('<input type="text" value="x">')).toBe('<input type="checkbox" value="x" disabled="">');
	});
});

describe('a malicious standard', () => {
	const doc = parseFixture('malicious.md');

	it('renders without active content', () => {
		expect(doc.html).not.toMatch(/<script|<iframe|<svg|<math|<style|<form|onerror|onload|onclick|javascript:|data:text/i);
		expect(doc.html).toContain('<p>para</p>');
		expect(doc.html).toContain('href="https://example.com" rel="noopener noreferrer" target="_blank"');
		expect(doc.html).toContain('<a href="#links">anchor</a>');
	});

	it('sanitizes item html too, and keeps the item text', () => {
		const [links, image] = doc.checklists[0]?.items ?? [];
		expect(links?.html).not.toContain('javascript:');
		expect(links?.html).toContain('<a>me</a>');
		expect(image?.html).not.toContain('onerror');
		expect(links?.text).toBe('Click me and safe and rel and anchor and mail');
	});
});
