/**
 * Plain text from marked tokens: the accessible name and export text of an
 * item, and the search index. No markdown markers survive; code spans become
 * their text; HTML entities are decoded.
 */
import type { Token } from 'marked';

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '\u2013',
	mdash: '\u2014',
	hellip: '\u2026',
	rarr: '\u2192',
	larr: '\u2190',
	copy: '\u00a9',
	reg: '\u00ae',
	trade: '\u2122'
};

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[body.toLowerCase()] ?? whole;
	});
}

const stripTags = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ''));

function childTokens(token: Token): Token[] | undefined {
	return 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : undefined;
}

function inlinePart(token: Token): string {
	switch (token.type) {
		case 'codespan':
			return token.text;
		case 'escape':
			return token.text;
		case 'br':
			return ' ';
		case 'html':
			return stripTags(token.text);
		case 'image':
			return token.text;
		case 'text': {
			const kids = childTokens(token);
			return kids ? inlineText(kids) : decodeEntities(token.text);
		}
		default: {
			const kids = childTokens(token);
			if (kids) return kids.map(inlinePart).join('');
			return 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : '';
		}
	}
}

/** Plain text of inline tokens, whitespace collapsed. */
export function inlineText(tokens: readonly Token[]): string {
	return tokens.map(inlinePart).join('').replace(/\s+/g, ' ').trim();
}

/** Plain text of one block token (code kept verbatim), for search. */
export function blockText(token: Token): string {
	switch (token.type) {
		case 'code':
			return token.text;
		case 'html':
			return stripTags(token.text);
		case 'space':
		case 'hr':
		case 'def':
			return '';
		case 'list':
			return token.items.map((item: Token) => blockText(item)).join('\n');
		case 'table': {
			const rows = [token.header, ...token.rows] as { text: string }[][];
			return rows.map((row) => row.map((cell) => decodeEntities(cell.text)).join(' | ')).join('\n');
		}
		case 'heading':
		case 'paragraph':
			return inlineText(token.tokens ?? []);
		case 'text':
			return inlinePart(token);
		default: {
			const kids = childTokens(token);
			if (!kids) return 'text' in token && typeof token.text === 'string' ? decodeEntities(token.text) : '';
			return kids.map(blockText).filter(Boolean).join('\n');
		}
	}
}
