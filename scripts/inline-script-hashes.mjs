/**
 * CSP hashes of the inline scripts in src/app.html (SvelteKit hashes only its
 * own bootstrap script). svelte.config.js adds them to `script-src`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** @param {string} html @returns {string[]} */
export function inlineScripts(html) {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/** @returns {`sha256-${string}`[]} */
export function appHtmlScriptHashes(file = 'src/app.html') {
	return inlineScripts(readFileSync(file, 'utf8')).map((s) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`));
}
