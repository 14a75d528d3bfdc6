/**
 * Line wrapping for commit messages. commitlint's conventional config rejects
 * body and footer lines over 100 characters, and its parser (conventional-
 * commits-parser) reads some ordinary lines as footer: a line starting with
 * "BREAKING CHANGE" and any line holding an issue reference like "#123".
 * A footer that does not follow a blank line is a warning, so body text is
 * shaped here to never look like a footer.
 */

export const MAX_LINE = 100;

/** commitlint exempts lines with a URL from the length limit; so do we. */
export const URL_PATTERN = /\bhttps?:\/\/\S+/;

/** The parser's note pattern (noteKeywords BREAKING CHANGE / BREAKING-CHANGE). */
const NOTE_START = /^[\s|*]*(BREAKING CHANGE|BREAKING-CHANGE)[:\s]+/i;

/** The parser's issue-reference pattern (issuePrefixes ['#']). */
const REFERENCE = /#([\w-]+)(?=\s|$|[,;)\]])/g;

/**
 * Keep a reference-looking "#123" from turning the rest of the body into a
 * footer: numbers become "GH-123" (GitHub still links those), other words
 * get a full-width number sign so they read the same.
 */
export function neutralizeReferences(text: string): string {
	return text.replace(REFERENCE, (_m, word: string) => (/^\d+$/.test(word) ? `GH-${word}` : `\uFF03${word}`));
}

/** Split words too long for any line (URLs excepted: commitlint allows them). */
function tokens(text: string, room: number): string[] {
	const out: string[] = [];
	for (const word of text.split(' ').filter(Boolean)) {
		if (word.length <= room || URL_PATTERN.test(word)) {
			out.push(word);
			continue;
		}
		// By code point, so an emoji is never cut in half; measured in UTF-16 units like commitlint.
		let chunk = '';
		for (const char of word) {
			if ((chunk + char).length > room) {
				out.push(chunk);
				chunk = '';
			}
			chunk += char;
		}
		if (chunk) out.push(chunk);
	}
	return out;
}

const startsNote = (words: readonly string[], i: number): boolean => NOTE_START.test(words.slice(i, i + 3).join(' '));

/**
 * Greedy wrap of one folded line: `first` starts the first line (e.g.
 * "- Concurrency: "), continuation lines start with `indent`. A line is never
 * started with "breaking change": the break moves one word earlier instead.
 */
export function wrapLine(first: string, text: string, indent = '  ', width = MAX_LINE): string[] {
	const words = tokens(text, width - Math.max(first.length, indent.length));
	const lines: string[] = [];
	let prefix = first;
	let current: string[] = [];
	const fits = (parts: string[]): boolean => (prefix + parts.join(' ')).length <= width;
	words.forEach((word, i) => {
		if (current.length === 0 || fits([...current, word])) {
			current.push(word);
			return;
		}
		const last = current[current.length - 1] ?? '';
		const canMove = current.length > 1 && (indent + last + ' ' + word).length <= width;
		const moved = canMove && startsNote(words, i) ? current.pop() : undefined;
		lines.push(prefix + current.join(' '));
		prefix = indent;
		current = moved === undefined ? [word] : [moved, word];
	});
	lines.push((prefix + current.join(' ')).trimEnd());
	return lines;
}
