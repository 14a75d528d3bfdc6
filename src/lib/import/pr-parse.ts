/**
 * Finding the PR Self-QA block in a whole PR description, as GitHub returns
 * it: other text around it, Windows line endings, the hidden comment
 * anywhere after the list.
 */
import { BLOCK_HEADING, PROGRESS_LABEL } from '$lib/export/pr-block';
import { findPayloadComment } from '$lib/export/pr-payload';
import type { TaskLine } from '$lib/export/pr-lines';

export interface FoundBlock {
	/** Base64 data of the hidden comment. */
	data: string;
	taskLines: TaskLine[];
}

const TASK = /^ {0,3}[-*+] \[([ xX])\](?: (.*))?$/;
const INDENTED = /^\s+\S/;

/** The block's lines: from its heading (or the start) to the progress line (or the comment). */
function blockRegion(text: string, commentIndex: number): string[] {
	const before = text.slice(0, commentIndex).split('\n');
	let start = 0;
	before.forEach((line, i) => {
		if (line.trim() === BLOCK_HEADING) start = i + 1;
	});
	const region = before.slice(start);
	const end = region.findIndex((l) => l.trim().startsWith(PROGRESS_LABEL));
	return end === -1 ? region : region.slice(0, end);
}

export function parseTaskLines(lines: readonly string[]): TaskLine[] {
	const out: TaskLine[] = [];
	let current: TaskLine | null = null;
	for (const line of lines) {
		const task = TASK.exec(line);
		if (task) {
			current = { checked: task[1] !== ' ', content: (task[2] ?? '').trimEnd(), notes: [] };
			out.push(current);
		} else if (current && INDENTED.test(line)) {
			current.notes.push(line.trim().replace(/^>\s?/, ''));
		} else {
			current = null;
		}
	}
	return out;
}

export function findBlock(body: string): FoundBlock | null {
	const text = body.replace(/\r\n?/g, '\n');
	const comment = findPayloadComment(text);
	if (!comment) return null;
	return { data: comment.data, taskLines: parseTaskLines(blockRegion(text, comment.index)) };
}
