import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePath, buildDir } from './scripts/base-path.js';
import { writeHeadersFile } from './scripts/security-headers.mjs';
import { appHtmlScriptHashes } from './scripts/inline-script-hashes.mjs';

// adapter-static (with .br and .gz beside every text file: static hosts and
// scripts/serve.mjs send them compressed), then `build/_headers`: the CSP (with frame-ancestors) and
// security headers for static hosts that read that file.
const staticAdapter = adapter({ pages: buildDir(), assets: buildDir(), fallback: '200.html', strict: true, precompress: true });
/** @type {import('@sveltejs/kit').Adapter} */
const withHeaders = {
	name: 'adapter-static+headers',
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		writeHeadersFile(buildDir());
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` registration: a few bytes on every page, read by nobody.
	compilerOptions: { discloseVersion: false },
	kit: {
		// The gate's CLI and Action entries are type-checked with the app.
		typescript: {
			config(config) {
				config.include.push('../cli/**/*.ts', '../action/**/*.ts');
			}
		},
		// 200.html is the SPA shell for session deep links (/review/<id>), which
		// cannot be prerendered; the service worker falls back to it offline.
		adapter: withHeaders,
		// Served under a sub-path (GitHub Pages project sites): BASE_PATH=/shipshape npm run build.
		// Absolute links (not "../x") so the header knows the current page while prerendering.
		paths: { base: basePath(), relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Each page's CSS (a few KB) inline in its HTML: no render-blocking stylesheet request before first paint.
		inlineStyleThreshold: 12 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// app.html's inline script (the home layout flag) by its hash: nothing else inline runs.
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
