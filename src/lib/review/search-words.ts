/**
 * What the sessions search matches, as words: one rule for the database's
 * word index (a multi-entry index of these words on every session) and for
 * the pure list query. A query matches a session when every query term
 * matches one of its words: a plain term is a word prefix ("flak" finds
 * "flaky"), a PR number is exact ("12" and "#12" find PR 12, not 120).
 */
import type { PrRef } from './schema';

/** Words longer than this are cut: an index entry per pasted URL or hash is not useful. */
const MAX_WORD = 40;
/** A few long notes must not make a session row (and its index) huge. */
const MAX_NOTE_WORDS = 1000;

const NUMBER_TERM = /^[#!](\d+)$|^(\d+)$/;

/** Lowercased letter/digit runs, deduplicated. */
export function textWords(text: string): string[] {
	const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
	return [...new Set(words.filter((w) => w !== '').map((w) => w.slice(0, MAX_WORD)))];
}

/** The PR number's own word: "#12" (a title word "12" stays a plain word). */
export const numberWord = (n: number): string => `#${n}`;

/** The distinct words of the notes of one review (bounded). */
export function noteWords(notes: Iterable<string>): string[] {
	const words = new Set<string>();
	for (const note of notes) {
		for (const w of textWords(note)) {
			if (words.size >= MAX_NOTE_WORDS) return [...words];
			words.add(w);
		}
	}
	return [...words];
}

/** What of one answer the search finds: its note and its N/A reason (one text; words never span the line break). */
export const answerSearchText = (a: { note: string; reason?: string | undefined }): string => (a.reason ? `${a.note}\n${a.reason}` : a.note);

/** The distinct words of the notes and N/A reasons of one review's answers (bounded): its session row's `noteWords`. */
export const answerWords = (answers: Iterable<{ note: string; reason?: string | undefined }>): string[] =>
	noteWords(Array.from(answers, answerSearchText));

/** Every word a session is found by: repository, PR number, title and the words of its notes and N/A reasons (see answerWords). */
export function searchWords(s: { pr: Pick<PrRef, 'repo' | 'number'>; title: string }, noteWords: readonly string[] = []): string[] {
	return [...new Set([...textWords(s.pr.repo), numberWord(s.pr.number), ...textWords(s.title), ...noteWords])];
}

/** One query term: the words it accepts, exactly or as a prefix. */
export interface SearchTerm {
	exact: string[];
	prefix: string[];
}

/**
 * "#12" → exactly the PR number; "12" → the PR number or a word starting with
 * "12"; other text → one prefix term per word ("acme/api" is "acme" and "api").
 */
export function searchTerms(query: string): SearchTerm[] {
	const terms: SearchTerm[] = [];
	for (const token of query.trim().toLowerCase().split(/\s+/)) {
		const num = NUMBER_TERM.exec(token);
		if (num?.[1] !== undefined) terms.push({ exact: [`#${num[1]}`], prefix: [] });
		else if (num?.[2] !== undefined) terms.push({ exact: [`#${num[2]}`], prefix: [num[2]] });
		else for (const w of textWords(token)) terms.push({ exact: [], prefix: [w] });
	}
	return terms;
}

const termMatches = (term: SearchTerm, words: readonly string[]): boolean =>
	words.some((w) => term.exact.includes(w) || term.prefix.some((p) => w.startsWith(p)));

/** Every term matches one of the words. */
export const wordsMatch = (terms: readonly SearchTerm[], words: readonly string[]): boolean => terms.every((t) => termMatches(t, words));
