/**
 * Each section's HTML by id for an item's "Details" in a review, cut from the
 * stored (sanitized) HTML of a user's standard. Fragments are sanitized again
 * because splitting can leave tags open. Needs DOMPurify, not marked.
 */
import { sectionsHtml } from '$lib/content/sections-html';
import { browserSanitizer } from './browser-sanitizer';

export function customSectionsHtml(html: string): Record<string, string> {
	const sanitize = browserSanitizer();
	return Object.fromEntries(Object.entries(sectionsHtml(html)).map(([id, fragment]) => [id, sanitize(fragment)]));
}
