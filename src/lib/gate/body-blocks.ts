/**
 * What a PR body holds, seen from outside the import parser: how many
 * Shipshape blocks (their hidden comments, whatever the payload version) and
 * on which lines, and the verdict of a pasted review summary.
 */
import { VERDICT_BLOCKING, VERDICT_CLEAR } from '$lib/export/review-summary';

// Any Shipshape hidden comment, whatever its version or payload format.
const MARKER = /<!--\s*shipshape\b/g;

/** GitHub returns CRLF bodies; every line number here is of the LF text. */
export const normalizeBody = (body: string): string => body.replace(/\r\n?/g, '\n');

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** 1-based lines of every Shipshape hidden comment in the body. */
export function blockLines(body: string): number[] {
	const text = normalizeBody(body);
	return [...text.matchAll(MARKER)].map((m) => lineAt(text, m.index));
}

export type ReviewVerdict = { found: false } | { found: true; blocking: boolean; line: number; text: string };

/** The verdict line of a Shipshape review summary pasted into the body, if any. */
export function reviewVerdict(body: string): ReviewVerdict {
	const lines = normalizeBody(body).split('\n');
	const index = lines.findIndex((l) => l.startsWith(VERDICT_BLOCKING) || l.startsWith(VERDICT_CLEAR));
	const text = lines[index];
	if (text === undefined) return { found: false };
	return { found: true, blocking: text.startsWith(VERDICT_BLOCKING), line: index + 1, text: text.replace(/\*\*/g, '') };
}
