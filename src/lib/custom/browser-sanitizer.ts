/** The shared DOMPurify policy (content/sanitize) bound to the browser's window, created once so its hook is installed once. */
import DOMPurify from 'dompurify';
import { createSanitizer, type Sanitize } from '$lib/content/sanitize';

let sanitizer: Sanitize | undefined;

export function browserSanitizer(): Sanitize {
	sanitizer ??= createSanitizer(DOMPurify);
	return sanitizer;
}
