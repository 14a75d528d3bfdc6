/**
 * One item of the PR Self-QA block as markdown, and the same line read back
 * after a person may have edited it on GitHub. Both directions live here so
 * the format cannot drift between export and import.
 *
 *   - [x] text — **Label:** answer        done (answer only for labelled items)
 *   - [ ] text — **Failed**               fail (open has no marker)
 *   - [x] ~~text~~ — **N/A:** reason      N/A: ticked, so a finished block looks finished; the reason on the line
 *     > note line                          notes: quoted, inside the list item
 */
import type { UsedItem } from '$lib/review/schema';
import type { ItemAnswer } from './export-items';
import { escapeInline, escapeLine, unescapeMarkdown } from './markdown-escape';
import { foldLines, noteLines } from './text';
import { noteAndReason } from '$lib/review/na';

const SEP = ' — ';
const NA = `${SEP}**N/A**`;
const NA_REASON = `${SEP}**N/A:** `;
const FAILED = `${SEP}**Failed**`;
const labelMark = (label: string): string => `${SEP}**${escapeInline(foldLines(label))}:** `;

const quote = (line: string): string => (line === '' ? '  >' : `  > ${escapeLine(line)}`);

/** Escaped like a line of its own: parsers read what follows the box as block content ("# x" would be a heading). */
const itemText = (item: UsedItem): string => escapeLine(item.text);

export function itemLines(item: UsedItem, a: ItemAnswer): string[] {
	const text = itemText(item);
	const { note, reason } = noteAndReason(a);
	const notes = noteLines(note);
	if (a.state === 'na') {
		const folded = foldLines(reason);
		const marker = folded ? `${NA_REASON}${escapeInline(folded)}` : NA;
		return [`- [x] ~~${text}~~${marker}`, ...notes.map(quote)];
	}
	let head = `- [${a.state === 'done' ? 'x' : ' '}] ${text}`;
	if (a.state === 'fail') head += FAILED;
	const answer = foldLines(a.answer);
	if (item.label && foldLines(item.label) && answer) head += `${labelMark(item.label)}${escapeInline(answer)}`;
	return [head, ...notes.map(quote)];
}

/** A task line of the pasted block: its box, what follows the box, its indented lines. */
export interface TaskLine {
	checked: boolean;
	content: string;
	notes: string[];
}

/** What a line says about its item; `answer` is undefined when the line shows none. */
export interface ReadLine {
	state: ItemAnswer['state'];
	note: string;
	/** The N/A reason on the line; undefined when the line shows none. */
	reason: string | undefined;
	answer: string | undefined;
}

/** The rest of the line after the item text, or null when the line is not this item's. */
function afterText(item: UsedItem, content: string): string | null {
	const text = itemText(item);
	for (const head of [`~~${text}~~`, text]) {
		if (!content.startsWith(head)) continue;
		const rest = content.slice(head.length);
		if (rest === '' || rest.startsWith(SEP)) return rest;
	}
	return null;
}

/**
 * A task list item: "- [x] …" (any bullet, up to 3 spaces in). `[^\n]`, not
 * `.`: a JavaScript "." does not match U+2028/U+2029, and an N/A reason with
 * one made its whole item vanish on import.
 */
const TASK = /^ {0,3}[-*+] \[([ xX])\](?: ([^\n]*))?$/;
/** Spaces and tabs only: `\s` would count a line starting with U+2028 as indented. */
const INDENTED = /^[ \t]+\S/;

export function parseTaskLines(lines: readonly string[]): TaskLine[] {
	const out: TaskLine[] = [];
	let current: TaskLine | null = null;
	for (const line of lines) {
		const task = TASK.exec(line);
		if (task) {
			current = { checked: task[1] !== ' ', content: (task[2] ?? '').replace(/[ \t]+$/, ''), notes: [] };
			out.push(current);
		} else if (current && INDENTED.test(line)) {
			current.notes.push(line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/^>[ \t]?/, ''));
		} else {
			current = null;
		}
	}
	return out;
}

/** What the import reads back from this item's own line: where it differs from the answer, the hidden data must carry the answer. */
export function readBack(item: UsedItem, a: ItemAnswer): ReadLine {
	const [line] = parseTaskLines(itemLines(item, a));
	const read = line ? readLine(item, line) : null;
	return read ?? { state: 'open', note: '', reason: undefined, answer: undefined };
}

export function readLine(item: UsedItem, line: TaskLine): ReadLine | null {
	const rest = afterText(item, line.content);
	return rest === null ? null : readMarkers(item, line, rest);
}

/** A split of a line's content into the item text as written (strike-through taken off) and the markers after it. */
export interface TextSplit {
	text: string;
	rest: string;
}

/**
 * The ways a line may split into its item text and markers, longest text
 * first: at the end, or before any " — " (an item text may hold one too).
 * Only texts up to `maxText` characters: a hostile line of dashes stays cheap.
 */
export function textSplits(content: string, maxText: number): TextSplit[] {
	const ends: number[] = [];
	for (let at = content.indexOf(SEP); at !== -1 && at <= maxText; at = content.indexOf(SEP, at + 1)) if (at > 0) ends.push(at);
	if (content.length <= maxText) ends.push(content.length);
	return ends.reverse().map((at) => {
		const text = content.slice(0, at);
		const struck = text.length > 4 && text.startsWith('~~') && text.endsWith('~~');
		return { text: struck ? text.slice(2, -2) : text, rest: content.slice(at) };
	});
}

/** What the markers after the item text say (`rest` is "" or starts with " — "). */
export function readMarkers(item: UsedItem, line: TaskLine, rest: string): ReadLine {
	let na = false;
	let reason: string | undefined;
	if (rest.startsWith(NA_REASON)) {
		na = true;
		reason = unescapeMarkdown(rest.slice(NA_REASON.length));
		rest = '';
	} else if (rest.startsWith(NA)) {
		na = true;
		rest = rest.slice(NA.length);
	}
	const failed = rest.startsWith(FAILED);
	if (failed) rest = rest.slice(FAILED.length);
	const mark = item.label ? labelMark(item.label) : null;
	const answer = mark && rest.startsWith(mark) ? unescapeMarkdown(rest.slice(mark.length)) : undefined;
	// Boxes as edited: ticking by hand means done; unticking an N/A reopens it.
	const state = line.checked ? (na ? 'na' : 'done') : failed ? 'fail' : 'open';
	const note = line.notes.map(unescapeMarkdown).join('\n');
	return { state, note, reason, answer };
}
