/**
 * Client-side search over the standards' sections: every word of the query
 * must appear; title hits rank first. Pure, so it runs offline and in tests.
 */
import type { SearchEntry } from './schema';

export interface SearchDocument extends SearchEntry {
	standardSlug: string;
	standardTitle: string;
}

export interface SearchHit {
	doc: SearchDocument;
	score: number;
	/** Plain-text excerpt around the first match. */
	snippet: string;
}

const SNIPPET_RADIUS = 70;

export function queryTerms(query: string): string[] {
	return query
		.toLowerCase()
		.split(/\s+/)
		.map((t) => t.trim())
		.filter((t) => t.length > 0);
}

function snippetAround(text: string, term: string): string {
	const flat = text.replace(/\s+/g, ' ');
	const at = flat.toLowerCase().indexOf(term);
	if (at < 0) return flat.slice(0, SNIPPET_RADIUS * 2);
	const start = Math.max(0, at - SNIPPET_RADIUS);
	const end = Math.min(flat.length, at + term.length + SNIPPET_RADIUS);
	return (start > 0 ? '…' : '') + flat.slice(start, end).trim() + (end < flat.length ? '…' : '');
}

function scoreDoc(doc: SearchDocument, terms: string[]): number {
	const title = doc.title.toLowerCase();
	const text = doc.text.toLowerCase();
	let score = 0;
	for (const term of terms) {
		const inTitle = title.includes(term);
		const inText = text.includes(term);
		if (!inTitle && !inText) return 0;
		score += (inTitle ? 10 : 0) + (inText ? 1 : 0);
	}
	return score;
}

export function searchSections(docs: readonly SearchDocument[], query: string, limit = 20): SearchHit[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	const hits: SearchHit[] = [];
	for (const doc of docs) {
		const score = scoreDoc(doc, terms);
		if (score > 0) hits.push({ doc, score, snippet: snippetAround(doc.text, terms[0] ?? '') });
	}
	return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
