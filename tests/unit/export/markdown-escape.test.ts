import { describe, expect, it } from 'vitest';
import { escapeInline, escapeLine, unescapeMarkdown, WORD_JOINER } from '$lib/export/markdown-escape';
import { gfmHtml } from './gfm';

const J = WORD_JOINER;

describe('the GitHub escaper', () => {
	it('leaves URLs as they are, so GitHub links the real address', () => {
		const text = 'see https://example.com/my_file.py?a=1&b=2 and www.example.com/a_b_c.';
		const escaped = escapeInline(text);
		expect(escaped).toBe(text);
		const html = gfmHtml(escaped);
		expect(html).toContain('href="https://example.com/my_file.py?a=1&b=2"');
		expect(html).not.toContain('%5C');
	});

	it('escapes around a URL: trailing punctuation and text on both sides', () => {
		expect(escapeInline('*x* (https://a.io/b_c) _y_')).toBe('\\*x\\* (https://a.io/b_c) \\_y\\_');
		expect(escapeInline('https://a.io/x_')).toBe('https://a.io/x\\_');
		expect(escapeInline('nowww.example.com_x')).toBe('nowww.example.com\\_x');
	});

	it('neutralises mentions and references with an invisible joiner', () => {
		expect(escapeInline('ask @octocat and @org/team about #123, acme/x#7')).toBe(`ask @${J}octocat and @${J}org/team about #${J}123, acme/x#${J}7`);
		expect(escapeInline('mail me@example.com, #hashtag')).toBe('mail me@example.com, #hashtag');
		expect(escapeInline('https://github.com/@user#123')).toBe('https://github.com/@user#123');
	});

	it('escapes line starts that would begin a block', () => {
		expect(escapeLine('# heading')).toBe('\\# heading');
		expect(escapeLine('1. first')).toBe('1\\. first');
		expect(escapeLine('- dash')).toBe('\\- dash');
		expect(escapeLine('#12 first')).toBe(`\\#${J}12 first`);
	});

	it('unescape reads back exactly what was escaped', () => {
		for (const text of ['# h', '1) x', '@a @b/c #1 #x', 'a\\b \\* `c` <d> |e| ~f~ $g$ &h;', 'x https://a.io/p_q?r=1&s=2 y', '=== ', '+ x']) {
			expect(unescapeMarkdown(escapeLine(text))).toBe(text);
		}
	});
});
