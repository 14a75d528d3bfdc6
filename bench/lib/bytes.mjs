/**
 * First-load bytes: JavaScript and CSS responses of one page load with an
 * empty HTTP cache and no service worker, gzipped here (zlib, level 9) so the
 * figure does not depend on the server. And the precache from build/sw.js.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function kindOf(response) {
	const type = response.request().resourceType();
	const ct = response.headers()['content-type'] ?? '';
	const path = new URL(response.url()).pathname;
	if (type === 'stylesheet' || ct.includes('text/css') || path.endsWith('.css')) return 'css';
	if (type === 'script' || ct.includes('javascript') || path.endsWith('.js')) return 'js';
	return undefined;
}

/**
 * One cold load of `path`: gzip bytes of JS and CSS. `js`/`css`: requested
 * before the load event (what the page ships to become usable); `jsAll`:
 * including what it imports once idle (within 1.5 s after the network went quiet).
 */
export async function firstLoad(page, path) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	const pending = [];
	const onResponse = (response) => {
		const kind = kindOf(response);
		if (kind && response.status() === 200) pending.push(response.body().then((body) => ({ kind, bytes: gz(body), url: response.url() }), () => undefined));
	};
	page.on('response', onResponse);
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500); // requestIdleCallback / after-load imports
	page.off('response', onResponse);
	await cdp.detach();
	const eager = new Set(
		await page.evaluate(() => {
			const load = performance.getEntriesByType('navigation')[0].loadEventStart;
			return performance.getEntriesByType('resource').filter((e) => e.startTime < load).map((e) => e.name);
		})
	);
	const got = (await Promise.all(pending)).filter(Boolean);
	const sum = (kind, all) => got.filter((r) => r.kind === kind && (all || eager.has(r.url))).reduce((n, r) => n + r.bytes, 0);
	return { js: sum('js'), css: sum('css'), jsAll: sum('js', true), cssAll: sum('css', true), files: got.length };
}

/** Every URL in the service worker's precache manifest, summed (raw and gzip). */
export function precacheSize(buildDir) {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		const file = join(buildDir, decodeURI(url.replace(/^\//, '')));
		const candidates = [file, `${file}.html`, join(file, 'index.html')];
		const found = candidates.find((f) => existsSync(f) && statSync(f).isFile());
		if (!found) continue;
		const buf = readFileSync(found);
		raw += buf.length;
		gzip += gz(buf);
	}
	return { entries: urls.length, raw, gzip };
}
