/**
 * Pieces of a text with the searched words marked (case-insensitive): the
 * search results and the section a result leads to highlight the same way,
 * as text, never as HTML.
 */
export interface MarkedPart {
	text: string;
	mark: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function markParts(text: string, terms: readonly string[]): MarkedPart[] {
	const words = terms.filter((t) => t.length > 0);
	if (words.length === 0) return [{ text, mark: false }];
	// Longest first, so "breakers" wins over "breaker".
	const pattern = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
	return text
		.split(new RegExp(`(${pattern})`, 'gi'))
		.map((part, i) => ({ text: part, mark: i % 2 === 1 }))
		.filter((p) => p.text !== '');
}

/** The `hl` URL parameter a search result carries to the section it opens. */
export const HIGHLIGHT_PARAM = 'hl';

export function highlightTermsFromParam(value: string | null): string[] {
	return (value ?? '')
		.split(/\s+/)
		.map((t) => t.trim().toLowerCase())
		.filter((t) => t.length > 1)
		.slice(0, 12);
}
