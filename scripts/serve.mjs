/**
 * Serves the static build like a real static host would: prerendered pages
 * by path (`/standards` → standards.html), everything else that is not a file
 * falls back to the SPA shell 200.html (session deep links), and the
 * service worker is never cached by HTTP. Every response carries the CSP
 * (with `frame-ancestors 'none'`) and the usual security headers as HTTP
 * headers (scripts/security-headers.mjs). Text goes compressed (brotli or
 * gzip, precompressed by the adapter) as a real host sends it. Used by `npm start`, the browser
 * tests and the benchmark.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import { basePath, buildDir } from './base-path.js';
import { securityHeaders } from './security-headers.mjs';

const dir = buildDir();
// A build made with BASE_PATH is served under it, the way GitHub Pages serves a project site.
const base = basePath();
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

if (!existsSync(`${dir}/200.html`)) {
	console.error(`No build in ${dir}/. Run \`npm run build\` first.`);
	process.exit(1);
}

const live = process.env.SHIPSHAPE_SERVE_DEV === '1';
let headers = securityHeaders(dir);

const assets = sirv(dir, {
	// Re-read files on each request: the update test "deploys" into a live folder.
	dev: live,
	single: '200.html',
	extensions: ['html'],
	// The adapter's precompressed .br/.gz files, as a real host compresses text (Lighthouse counts it).
	brotli: true,
	gzip: true,
	etag: true,
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		else res.setHeader('Cache-Control', 'no-cache');
	}
});

const notFound = (res) => {
	res.statusCode = 404;
	res.end('Not found');
};

createServer((req, res) => {
	// A live folder gets new pages (new script hashes) while it is served.
	if (live) headers = securityHeaders(dir);
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	const url = req.url ?? '/';
	if (base && (url === base || url.startsWith(`${base}?`))) {
		res.writeHead(301, { Location: `${base}/${url.slice(base.length)}` });
		return void res.end();
	}
	if (base && !url.startsWith(`${base}/`)) return notFound(res);
	if (base) req.url = url.slice(base.length);
	assets(req, res, () => notFound(res));
}).listen(port, host, () => {
	console.log(`Shipshape is being served at http://${host}:${port}${base}/ (Ctrl+C to stop)`);
});
