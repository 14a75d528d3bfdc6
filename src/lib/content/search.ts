/**
 * Client-side search over the standards' sections (MiniSearch): every word
 * of the query must match, a word may be the start of a longer one
 * ("idempot" → idempotent) or carry a typo ("idempotnet"), and punctuation
 * separates words, so "circuit-breaker" finds "circuit breaker". Title hits
 * rank first. Pure, so it runs offline and in tests; the reading pages import
 * it only on first use (it carries the library).
 */
import MiniSearch from 'minisearch';
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
	/** The words of the document that matched (what to highlight). */
	terms: string[];
}

export interface SearchIndex {
	docs: readonly SearchDocument[];
	engine: MiniSearch<{ id: number; title: string; text: string }>;
}

const SNIPPET_RADIUS = 70;

// Short words get no typo allowance: "api" must not find "app".
const fuzzy = (term: string): number | boolean => (term.length > 4 ? 0.2 : false);

export function createSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
	const engine = new MiniSearch<{ id: number; title: string; text: string }>({
		fields: ['title', 'text'],
		searchOptions: { boost: { title: 3 }, prefix: true, fuzzy, combineWith: 'AND' }
	});
	engine.addAll(docs.map((d, id) => ({ id, title: d.title, text: d.text })));
	return { docs, engine };
}

/** Words as the index splits them: lower case, punctuation and hyphens are gaps. */
export function queryTerms(query: string): string[] {
	return query
		.toLowerCase()
		.split(/[\s\p{P}]+/u)
		.filter((t) => t.length > 0);
}

function snippetAround(text: string, terms: readonly string[]): string {
	const flat = text.replace(/\s+/g, ' ');
	const lower = flat.toLowerCase();
	const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
	if (!Number.isFinite(at)) return flat.slice(0, SNIPPET_RADIUS * 2) + (flat.length > SNIPPET_RADIUS * 2 ? '…' : '');
	const start = Math.max(0, at - SNIPPET_RADIUS);
	const end = Math.min(flat.length, at + SNIPPET_RADIUS * 2);
	return (start > 0 ? '…' : '') + flat.slice(start, end).trim() + (end < flat.length ? '…' : '');
}

export function searchSections(index: SearchIndex, query: string, limit = 20): SearchHit[] {
	if (queryTerms(query).length === 0) return [];
	return index.engine
		.search(query)
		.slice(0, limit)
		.flatMap((result) => {
			const doc = index.docs[result.id as number];
			return doc ? [{ doc, score: result.score, terms: result.terms, snippet: snippetAround(doc.text, result.terms) }] : [];
		});
}
