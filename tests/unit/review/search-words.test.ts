import { describe, expect, it } from 'vitest';
import { noteWords, searchTerms, searchWords, textWords, wordsMatch } from '$lib/review/search-words';
import { prSortKey } from '$lib/review/pr-ref';
import { matchesSearch } from '$lib/review/sessions-query';
import { makeSession } from '../../fixtures/sessions';

describe('search words', () => {
	it('splits on anything that is not a letter or digit, lowercased, once each', () => {
		expect(textWords('Fix the Café-API: fix #12')).toEqual(['fix', 'the', 'café', 'api', '12']);
		expect(searchWords({ pr: { repo: 'Acme/web-shop', number: 7 }, title: 'Dark mode' }, ['later'])).toEqual(['acme', 'web', 'shop', '#7', 'dark', 'mode', 'later']);
		expect(noteWords(['a b', 'b c'])).toEqual(['a', 'b', 'c']);
	});

	it('terms: a number is exact as a PR number, a prefix as a word; "#12" is only the PR number', () => {
		const words = searchWords({ pr: { repo: 'acme/api', number: 120 }, title: '12factor app' });
		expect(wordsMatch(searchTerms('#12'), words)).toBe(false);
		expect(wordsMatch(searchTerms('12'), words)).toBe(true); // "12factor"
		expect(wordsMatch(searchTerms('!120'), words)).toBe(true);
		expect(wordsMatch(searchTerms('acme/ap'), words)).toBe(true);
		expect(wordsMatch(searchTerms('acme zzz'), words)).toBe(false);
	});

	it('the pure list query finds notes when given their words', () => {
		const s = makeSession({ title: 'Retry' });
		expect(matchesSearch(s, 'zebra')).toBe(false);
		expect(matchesSearch(s, 'zeb retr', noteWords(['A zebra']))).toBe(true);
	});

	it('PR sort key: host, repository (any case), number as a number, role', () => {
		const key = (repo: string, number: number) => prSortKey({ host: 'github', repo, number }, 'author');
		expect([key('b/x', 1), key('A/x', 10), key('a/x', 9), key('a/x-y', 1)].sort()).toEqual([key('a/x', 9), key('A/x', 10), key('a/x-y', 1), key('b/x', 1)]);
		expect(prSortKey({ host: 'github', repo: 'z/z', number: 1 }, 'reviewer') < prSortKey({ host: 'gitlab', repo: 'a/a', number: 1 }, 'author')).toBe(true);
	});
});
