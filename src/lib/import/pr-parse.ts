/**
 * Finding the PR Self-QA block in a whole PR description, as GitHub returns
 * it: other text around it, Windows line endings, the hidden comment
 * anywhere after the list.
 */
import { BLOCK_HEADING, PROGRESS_LABEL } from '$lib/export/pr-block';
import { findPayloadComment, type FoundComment } from '$lib/export/pr-payload';
import { parseTaskLines, type TaskLine } from '$lib/export/pr-lines';

export { parseTaskLines };

export interface FoundBlock {
	/** The hidden comment: its version tag and base64 data. */
	comment: FoundComment;
	taskLines: TaskLine[];
}

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

export function findBlock(body: string): FoundBlock | null {
	const text = body.replace(/\r\n?/g, '\n');
	const comment = findPayloadComment(text);
	if (!comment) return null;
	return { comment, taskLines: parseTaskLines(blockRegion(text, comment.index)) };
}
