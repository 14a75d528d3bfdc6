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

/**
 * Parsing and sanitizing cost grows with raw HTML tags and list items, not
 * only with bytes: a 150 KB standard with 50,000 tags took 11 s. Far above
 * any real standard (the longest bundled one has ~100 items and no raw HTML
 * worth counting); checked with a linear scan before the parser runs.
 */
export const MAX_HTML_TAGS = 2_000;
export const MAX_TASK_ITEMS = 2_000;

export function checkComplexity(markdown: string): string | undefined {
	let tags = 0;
	for (let at = markdown.indexOf('<'); at !== -1; at = markdown.indexOf('<', at + 1)) {
		if (/[A-Za-z/!]/.test(markdown.charAt(at + 1))) tags += 1;
	}
	if (tags > MAX_HTML_TAGS) {
		return `This standard has ${tags.toLocaleString('en-US')} HTML tags; the limit is ${MAX_HTML_TAGS.toLocaleString('en-US')}. Write it in plain markdown (headings, lists, links) instead of HTML.`;
	}
	const items = markdown.match(/^[ \t]*[-*+] \[[ xX]\]/gm)?.length ?? 0;
	if (items > MAX_TASK_ITEMS) {
		return `This standard has ${items.toLocaleString('en-US')} checklist items; the limit is ${MAX_TASK_ITEMS.toLocaleString('en-US')}. Split it into several standards.`;
	}
	return undefined;
}

export function checkTitle(title: string): string | undefined {
	const trimmed = title.trim();
	if (trimmed === '') return 'Give the standard a title.';
	if (trimmed.length > TITLE_MAX_LENGTH) return `The title is too long (at most ${TITLE_MAX_LENGTH} characters).`;
	return undefined;
}
