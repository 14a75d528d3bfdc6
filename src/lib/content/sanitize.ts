/**
 * The one DOMPurify policy for every piece of rendered markdown. It takes a
 * DOMPurify instance so the same policy runs in the browser (window) and at
 * build time (jsdom, see $lib/server/sanitize-node.ts). marked passes
 * `javascript:` links, event handlers and raw HTML straight through; this is
 * where they stop.
 */
import type { Config, DOMPurify } from 'dompurify';

export type Sanitize = (html: string) => string;

export const SANITIZE_CONFIG: Config = {
	USE_PROFILES: { html: true },
	FORBID_TAGS: [
		'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base',
		'form', 'button', 'select', 'option', 'textarea', 'template', 'noscript'
	],
	FORBID_ATTR: ['style', 'formaction', 'action', 'srcset', 'xlink:href', 'name'],
	ADD_ATTR: ['target'],
	ALLOW_DATA_ATTR: true
};

const URL_ATTRS = ['href', 'src', 'cite', 'poster', 'background'];
// Control characters and whitespace are ignored by browsers inside a scheme ("java\tscript:").
const compact = (url: string): string => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** External: absolute http(s) or protocol-relative. */
export const isExternalUrl = (url: string): boolean => /^(https?:)?\/\//i.test(compact(url));

/** http(s), mailto (links only), #anchors and relative paths; nothing else. */
export function isAllowedUrl(url: string, attribute: string): boolean {
	const scheme = SCHEME.exec(compact(url))?.[1]?.toLowerCase();
	if (scheme === undefined) return true;
	return scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && attribute === 'href');
}

function enforce(node: Element): void {
	for (const { name } of Array.from(node.attributes)) {
		if (name.toLowerCase().startsWith('on')) node.removeAttribute(name);
	}
	for (const name of URL_ATTRS) {
		const value = node.getAttribute(name);
		if (value !== null && !isAllowedUrl(value, name)) node.removeAttribute(name);
	}
	if (node.tagName === 'A') {
		const href = node.getAttribute('href');
		if (href !== null && isExternalUrl(href)) {
			node.setAttribute('rel', 'noopener noreferrer');
			node.setAttribute('target', '_blank');
		} else node.removeAttribute('target');
	} else if (node.tagName === 'INPUT') {
		// Only our read-only checkboxes may appear in content.
		node.setAttribute('type', 'checkbox');
		node.setAttribute('disabled', '');
	} else node.removeAttribute('target');
}

const policies = new WeakMap<DOMPurify, Sanitize>();

/** A sanitize function bound to `purify`; the hook is installed once per instance. */
export function createSanitizer(purify: DOMPurify): Sanitize {
	const existing = policies.get(purify);
	if (existing) return existing;
	purify.addHook('afterSanitizeAttributes', enforce);
	const sanitize: Sanitize = (html) => purify.sanitize(html, SANITIZE_CONFIG) as string;
	policies.set(purify, sanitize);
	return sanitize;
}
