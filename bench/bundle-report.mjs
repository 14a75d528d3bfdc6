#!/usr/bin/env node
/**
 * `node bench/bundle-report.mjs [--no-build] [--top 6] [--json out.json]`
 * What each page loads, chunk by chunk: gzip size, whether it came before the
 * load event or once idle, and the source modules inside it (rendered bytes,
 * before minification; from scripts/bundle-modules.mjs). Builds with
 * SHIPSHAPE_BUNDLE_REPORT=1 unless --no-build (then the last such build's
 * module map is used; it must match build/).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadFixtures, readStandards } from './lib/fixtures.mjs';
import { serve } from './lib/server.mjs';
import { launch, newContext, restoreThroughSettings } from './lib/browser.mjs';

const { values: args } = parseArgs({
	options: { 'no-build': { type: 'boolean', default: false }, top: { type: 'string', default: '6' }, json: { type: 'string' } }
});
const root = process.cwd();
const buildDir = resolve(root, 'build');
const modulesFile = resolve(root, '.svelte-kit/bundle-modules.json');
if (!args['no-build']) execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SHIPSHAPE_BUNDLE_REPORT: '1' } });
if (!existsSync(modulesFile)) throw new Error('No module map: run without --no-build once');
const chunks = JSON.parse(readFileSync(modulesFile, 'utf8'));

const KB = (n) => (n / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function pageLoad(page, path) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	const seen = [];
	const onResponse = (r) => {
		const url = new URL(r.url());
		if (r.status() === 200 && /\.(js|css)$/.test(url.pathname)) seen.push(r.body().then((b) => ({ path: url.pathname, bytes: gz(b) }), () => undefined));
	};
	page.on('response', onResponse);
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1500);
	page.off('response', onResponse);
	await cdp.detach();
	const before = new Set(
		await page.evaluate(() => {
			const load = performance.getEntriesByType('navigation')[0].loadEventStart;
			return performance.getEntriesByType('resource').filter((e) => e.startTime < load).map((e) => new URL(e.name).pathname);
		})
	);
	return (await Promise.all(seen)).filter(Boolean).map((r) => ({ ...r, early: before.has(r.path) }));
}

function describe(file, top) {
	const key = file.replace(/^.*?\/_app\//, '_app/');
	const chunk = chunks[key];
	if (!chunk) return '';
	const total = chunk.modules.reduce((n, [, b]) => n + b, 0);
	const shown = chunk.modules.slice(0, top).map(([id, b]) => `${id} ${Math.round((b / total) * 100)}%`);
	const rest = chunk.modules.length - shown.length;
	return shown.join(', ') + (rest > 0 ? `, +${rest} more` : '');
}

const fixtures = await loadFixtures(root);
const standards = readStandards(buildDir);
const server = await serve(root, buildDir);
const report = {};
const browser = await launch();
try {
	const seed = fixtures.plainSessionBackup(standards);
	const context = await newContext(browser, server.url);
	const page = await context.newPage();
	await restoreThroughSettings(page, seed.json);
	const pages = [['home', '/'], ['standards', '/standards'], ...standards.map((s) => [s.slug, `/standards/${s.slug}`]), ['session', `/review/${seed.sessionId}`]];
	for (const [name, path] of pages) {
		const got = await pageLoad(page, path);
		report[name] = got;
		const js = got.filter((r) => r.path.endsWith('.js'));
		const sum = (list) => KB(list.reduce((n, r) => n + r.bytes, 0));
		console.log(`\n## ${name} ${path}: JS before load ${sum(js.filter((r) => r.early))} KB, by idle ${sum(js)} KB; CSS ${sum(got.filter((r) => r.path.endsWith('.css')))} KB`);
		for (const r of got.sort((a, b) => Number(b.early) - Number(a.early) || b.bytes - a.bytes)) {
			console.log(`  ${r.early ? 'load' : 'idle'} ${KB(r.bytes).padStart(5)} ${r.path.replace(/^.*\/immutable\//, '')}  ${describe(r.path, Number(args.top))}`);
		}
	}
	await context.close();
} finally {
	await browser.close();
	server.stop();
}
if (args.json) writeFileSync(args.json, JSON.stringify(report, null, '\t'));
