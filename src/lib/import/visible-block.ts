/**
 * The PR Self-QA block as people see it, for when its hidden comment was
 * removed: the task lines from the block's heading to its progress line,
 * each with the sub-heading it sits under ("#### Tier 2 …"), which tells
 * apart items of the same text in different checklists. Only what the
 * export writes (pr-block.ts) is read; nothing here is trusted further
 * than the lines themselves.
 */
import { BLOCK_HEADING, PROGRESS_LABEL } from '$lib/export/pr-block';
import { parseTaskLines, type TaskLine } from '$lib/export/pr-lines';
import { unescapeMarkdown } from '$lib/export/markdown-escape';
import { foldLines } from '$lib/export/text';

export interface VisibleLine {
	line: TaskLine;
	/** The sub-heading above the line, as matchKey gives it; undefined before any (the block's own list). */
	heading: string | undefined;
}

/** Text as the matcher compares it: markdown escapes undone, whitespace folded, one Unicode form. */
export function matchKey(text: string): string {
	return foldLines(unescapeMarkdown(text)).normalize('NFC');
}

const SUB_HEADING = /^ {0,3}#### +(.*?)[ \t]*$/;
/** A heading of level 1–3 after the block's own ends it (the next section of the PR description). */
const OUTER_HEADING = /^ {0,3}#{1,3}(?:[ \t]|$)/;

/** The block's lines, or null when the text holds no PR Self-QA heading. */
export function findVisibleBlock(body: string): VisibleLine[] | null {
	const lines = body.replace(/\r\n?/g, '\n').split('\n');
	const start = lines.findLastIndex((l) => l.trim() === BLOCK_HEADING);
	if (start === -1) return null;
	const out: VisibleLine[] = [];
	let heading: string | undefined;
	let run: string[] = [];
	const flush = () => {
		for (const line of parseTaskLines(run)) out.push({ line, heading });
		run = [];
	};
	for (const text of lines.slice(start + 1)) {
		if (text.trim().startsWith(PROGRESS_LABEL) || OUTER_HEADING.test(text)) break;
		const sub = SUB_HEADING.exec(text);
		if (!sub) {
			run.push(text);
			continue;
		}
		flush();
		heading = matchKey(sub[1] ?? '');
	}
	flush();
	return out;
}
