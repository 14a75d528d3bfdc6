/**
 * Lighthouse (default mobile config, simulated throttling) against a
 * Playwright-launched system Chromium with a remote-debugging port, so the
 * session page can be seeded first. Storage is kept between runs (the session
 * must exist); before each run the HTTP cache, the service worker and its
 * caches are cleared so every run is a first visit.
 */
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, restoreThroughSettings } from './browser.mjs';
import { freePort } from './server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export async function runLighthouse(baseURL, pages, runs, seedJson) {
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'shipshape-lh-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: findChromium().path,
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
		baseURL,
		serviceWorkers: 'block'
	});
	const results = {};
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.addInitScript('window.__bench = { mutations: [], reads: [], txDone: [] }');
		await restoreThroughSettings(page, seedJson);
		const cdp = await context.newCDPSession(page);
		const origin = new URL(baseURL).origin;
		for (const { name, path } of pages) {
			results[name] = { ...Object.fromEntries(CATEGORIES.map((c) => [c, []])), failing: [], opportunities: [] };
			for (let r = 0; r < runs; r++) {
				await cdp.send('Network.clearBrowserCache');
				await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
				const result = await lighthouse(`${baseURL}${path}`, {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES,
					disableStorageReset: true
				});
				if (result?.lhr.runtimeError) console.error(`[lighthouse] ${name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
				for (const c of CATEGORIES) results[name][c].push(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
				// Per run: a noisy run's costs differ from a quiet one's.
				results[name].failing.push(failingAudits(result?.lhr));
				results[name].opportunities.push(opportunities(result?.lhr));
				console.error(`[lighthouse] ${name} run ${r + 1}: performance ${results[name].performance.at(-1)}; ${[...results[name].failing.at(-1), ...results[name].opportunities.at(-1)].join('; ') || 'nothing to gain'}`);
			}
		}
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
	return results;
}

/** Audits that cost points, for the report (id: score). */
function failingAudits(lhr) {
	if (!lhr) return [];
	const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((a) => a.weight > 0).map((a) => a.id) ?? []));
	return [...ids].map((id) => lhr.audits[id]).filter((a) => a && a.score !== null && a.score < 1).map((a) => `${a.id}: ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
}

/** What Lighthouse says would save time (opportunities with their estimated ms), and the LCP element's phases: where a page's points go. */
function opportunities(lhr) {
	if (!lhr) return [];
	const saving = Object.values(lhr.audits)
		.filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0)
		.sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
		.map((a) => `${a.id}: ${Math.round(a.details.overallSavingsMs)} ms`);
	const phases = lhr.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items?.map((p) => `${p.phase} ${Math.round(p.timing)} ms`) ?? [];
	const element = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?';
	return phases.length ? [...saving, `LCP ${element}: ${phases.join(', ')}`] : saving;
}
