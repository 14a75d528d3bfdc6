import { describe, expect, it } from 'vitest';
import { createSearchIndex, queryTerms, searchSections, type SearchDocument } from '$lib/content/search';
import { highlightTermsFromParam, markParts } from '$lib/content/mark-parts';

const doc = (sectionId: string, title: string, text: string): SearchDocument => ({ sectionId, title, text, standardSlug: 'rel', standardTitle: 'Reliability' });
const docs = [
	doc('deps', '1. External Dependencies', 'Repeated failures trigger a circuit breaker to prevent cascade. Timeout configured?'),
	doc('writes', '2. Write Operations', 'Idempotent? Writes can be retried safely without duplicates.'),
	doc('api', 'API design', 'Use the app factory for the HTTP api.'),
	doc('breakers', 'Circuit Breakers', 'When to open a breaker.')
];
const index = createSearchIndex(docs);
const ids = (query: string) => searchSections(index, query).map((h) => h.doc.sectionId);

describe('searchSections', () => {
	it('finds "circuit breaker" from "circuit-breaker", title hits first', () => {
		expect(ids('circuit-breaker')).toEqual(['breakers', 'deps']);
		expect(ids('circuit breaker')).toEqual(['breakers', 'deps']);
	});

	it('matches the start of a word and forgives a typo in a longer word', () => {
		expect(ids('idempot')).toEqual(['writes']);
		expect(ids('idempotnet')).toEqual(['writes']);
		expect(ids('timout')).toEqual(['deps']);
	});

	it('needs every word, and short words are not fuzzy', () => {
		expect(ids('circuit idempotent')).toEqual([]);
		expect(ids('apx')).toEqual([]);
		expect(ids('zzzqqq')).toEqual([]);
		expect(ids('   ')).toEqual([]);
	});

	it('gives the matched words of the section and a snippet around the first', () => {
		const [hit] = searchSections(index, 'idempotnet');
		expect(hit?.terms).toEqual(['idempotent']);
		expect(hit?.snippet).toContain('Idempotent?');
	});

	it('splits a query as the index does', () => {
		expect(queryTerms(' Circuit-Breaker  retry/backoff ')).toEqual(['circuit', 'breaker', 'retry', 'backoff']);
	});
});

describe('markParts', () => {
	it('marks words case-insensitively, longest first, as text', () => {
		expect(markParts('Circuit breakers <b>', ['breaker', 'breakers', 'circuit'])).toEqual([
			{ text: 'Circuit', mark: true },
			{ text: ' ', mark: false },
			{ text: 'breakers', mark: true },
			{ text: ' <b>', mark: false }
		]);
	});

	it('escapes regular-expression characters in words', () => {
		expect(markParts('a.b and axb', ['a.b'])).toEqual([
			{ text: 'a.b', mark: true },
			{ text: ' and axb', mark: false }
		]);
	});

	it('reads the hl parameter: lower case, no one-letter words, bounded', () => {
		expect(highlightTermsFromParam(' Circuit  breaker a ')).toEqual(['circuit', 'breaker']);
		expect(highlightTermsFromParam(null)).toEqual([]);
		expect(highlightTermsFromParam(Array(40).fill('word').join(' '))).toHaveLength(12);
	});
});
