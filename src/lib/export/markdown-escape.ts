/**
 * THE escaper for text that goes to GitHub (PR Self-QA block, review summary):
 * every export meant for GitHub calls escapeInline / escapeLine, nothing else.
 *
 * - Markdown: a backslash before ASCII punctuation that could start emphasis,
 *   links, HTML, code spans, tables, strikethrough or math, and before a
 *   leading block marker (heading, list, quote, setext underline), so a note
 *   can never break the list it sits in.
 * - URLs are left as they are: GitHub turns bare URLs into links, and an
 *   escaping backslash inside one would become part of the link ("%5C").
 * - Mentions and references: "@user", "@org/team" and "#123" would ping
 *   people and link issues from a pasted checklist. A word joiner (U+2060,
 *   invisible) after the "@" or "#" breaks GitHub's pattern and reads the same.
 *
 * unescapeMarkdown() undoes all of it, so the import reads back what was written.
 */

const INLINE = /[\\`*_[\]<>|~&$]/g;

/** Line starts that begin a block: heading, list item, setext underline, ordered item. */
const BLOCK_START = /^(#|[-+=]|\d+[.)])/;

/** Invisible; placed after "@" or "#" it stops GitHub's mention and issue-reference patterns. */
export const WORD_JOINER = '\u2060';

/** Bare URLs as GFM's autolink extension sees them (it stops at whitespace and "<"). */
const URL = /(?:https?:\/\/|www\.)[^\s<]+/gi;

/** A mention: "@" after a non-word character (or at the start) and before a name. */
const MENTION = /(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g;
/** An issue or PR reference, also "owner/repo#123" and "GH-…" is left alone (no "#"). */
const REFERENCE = /#(?=\d)/g;

/** Where GFM ends an autolink: trailing punctuation, an unbalanced ")" and an entity-like "&x;" are not part of it. */
function autolinkLength(url: string): number {
	let end = url.length;
	for (;;) {
		const last = url.charAt(end - 1);
		if ('?!.,:*_~\'"'.includes(last) && end > 0) end -= 1;
		else if (last === ')' && count(url.slice(0, end), ')') > count(url.slice(0, end), '(')) end -= 1;
		else if (last === ';' && /&[A-Za-z0-9]+;$/.test(url.slice(0, end))) end = url.slice(0, end).lastIndexOf('&');
		else return end;
	}
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Plain text (no URL in it): markdown punctuation escaped, mentions and references neutralised. */
function escapePlain(text: string): string {
	return text
		.replace(MENTION, `$1@${WORD_JOINER}`)
		.replace(REFERENCE, `#${WORD_JOINER}`)
		.replace(INLINE, '\\$&');
}

export function escapeInline(text: string): string {
	let out = '';
	let from = 0;
	for (const match of text.matchAll(URL)) {
		const start = match.index;
		// "www." inside a word is not a link to GFM either.
		if (start > from && /\w/.test(text.charAt(start - 1))) continue;
		const length = autolinkLength(match[0]);
		out += escapePlain(text.slice(from, start)) + match[0].slice(0, length);
		from = start + length;
	}
	return out + escapePlain(text.slice(from));
}

/** A line of its own (a note line, a bullet's text): inline escapes plus a leading block marker. */
export function escapeLine(text: string): string {
	const escaped = escapeInline(text);
	const match = BLOCK_START.exec(escaped);
	if (!match) return escaped;
	const marker = match[0];
	return `${marker.slice(0, -1)}\\${marker.slice(-1)}${escaped.slice(marker.length)}`;
}

/** Undo escapeInline/escapeLine: backslash escapes (any ASCII punctuation, as CommonMark defines it) and the word joiners. */
export function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/([@#])\u2060/g, '$1');
}
