/**
 * Checks on a user's own standard before and after parsing: size, encoding,
 * emptiness (decodeText) and "does it have anything to review" (a task list).
 * Pure; the parse itself is in ./parse-custom (it needs marked and DOMPurify).
 */
import { decodeText, type Decoded } from '$lib/content/decode-text';
import type { StandardSummary } from '$lib/content/schema';

/** A long standard is ~60 KB; 1 MB keeps parsing and storing instant. */
export const MARKDOWN_MAX_BYTES = 1024 * 1024;
export const TITLE_MAX_LENGTH = 200;

export function decodeMarkdown(input: ArrayBuffer | Uint8Array | string): Decoded {
	return decodeText(input, { maxBytes: MARKDOWN_MAX_BYTES, what: 'standard' });
}

/** A standard without a task list has no checklist to review against: say so instead of storing it. */
export function checkReviewable(standard: Pick<StandardSummary, 'checklists'>): string | undefined {
	const lists = standard.checklists.filter((c) => c.kind === 'review');
	if (lists.length === 0) {
		return 'This standard has no checklist: add at least one task list (lines like “- [ ] Tests cover the change”).';
	}
	return undefined;
}

export function checkTitle(title: string): string | undefined {
	const trimmed = title.trim();
	if (trimmed === '') return 'Give the standard a title.';
	if (trimmed.length > TITLE_MAX_LENGTH) return `The title is too long (at most ${TITLE_MAX_LENGTH} characters).`;
	return undefined;
}
