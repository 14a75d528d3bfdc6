/**
 * DOMPurify at build time and in tests: it needs a DOM, which jsdom
 * provides. Created lazily and once; never shipped to the browser.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { createSanitizer, type Sanitize } from '$lib/content/sanitize';

let sanitizer: Sanitize | undefined;

export function nodeSanitizer(): Sanitize {
	if (!sanitizer) {
		const { window } = new JSDOM('<!doctype html><html><body></body></html>');
		sanitizer = createSanitizer(createDOMPurify(window as unknown as WindowLike));
	}
	return sanitizer;
}

/** Sanitize HTML with the shared policy (jsdom-backed). */
export const sanitizeHtml: Sanitize = (html) => nodeSanitizer()(html);
