/**
 * The security headers Shipshape is served with, as HTTP headers. The CSP
 * SvelteKit writes is a <meta> tag (it hashes each page's inline bootstrap
 * script), and a meta CSP cannot set `frame-ancestors`: only a header can stop
 * the app from being framed (clickjacking). One policy for every path, so the
 * hashes of every page's bootstrap are in it (static hosts merge header rules
 * that match one path, and two CSPs would both have to pass).
 * Used by scripts/serve.mjs (`npm start`) and the build (`build/_headers`,
 * the format Netlify and Cloudflare Pages read).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The usual headers besides the CSP. */
export const STATIC_HEADERS = {
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Every page's meta CSP merged (sources per directive united), plus what only a header can say. */
export function buildCsp(dir) {
	const directives = new Map();
	for (const file of htmlFiles(dir)) {
		const match = META_CSP.exec(readFileSync(file, 'utf8'));
		if (!match) continue;
		for (const part of match[1].split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const set = directives.get(name) ?? new Set();
			for (const s of sources) set.add(s);
			directives.set(name, set);
		}
	}
	directives.set('frame-ancestors', new Set(["'none'"]));
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function securityHeaders(dir) {
	return { 'Content-Security-Policy': buildCsp(dir), ...STATIC_HEADERS };
}

/** `_headers` for static hosts that read one (Netlify, Cloudflare Pages). */
export function writeHeadersFile(dir) {
	const lines = ['/*', ...Object.entries(securityHeaders(dir)).map(([k, v]) => `  ${k}: ${v}`), ''];
	writeFileSync(join(dir, '_headers'), lines.join('\n'));
}
