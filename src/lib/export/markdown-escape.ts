/**
 * Escaping user text (notes, titles, item texts) for GitHub-flavoured
 * markdown, so a note can never break the task list it sits in: no stray
 * emphasis, links, HTML, code spans, tables, strikethrough or math, and no
 * line that starts a heading, list, quote or setext underline. Every escape
 * is a backslash before ASCII punctuation, so unescape() restores the text
 * exactly (backslashes are escaped too).
 */

const INLINE = /[\\`*_[\]<>|~&$]/g;

/** Line starts that begin a block: heading, list item, setext underline, ordered item. */
const BLOCK_START = /^(#|[-+=]|\d+[.)])/;

export function escapeInline(text: string): string {
	return text.replace(INLINE, '\\$&');
}

/** A line of its own (a note line): inline escapes plus a leading block marker. */
export function escapeLine(text: string): string {
	const escaped = escapeInline(text);
	const match = BLOCK_START.exec(escaped);
	if (!match) return escaped;
	const marker = match[0];
	return `${marker.slice(0, -1)}\\${marker.slice(-1)}${escaped.slice(marker.length)}`;
}

/** Undo a markdown backslash escape (any ASCII punctuation, as CommonMark defines it). */
export function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
