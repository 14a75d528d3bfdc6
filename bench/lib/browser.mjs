/** The system Chromium, contexts with the instrumentation, and seeding through the app's own restore. */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const INSTRUMENT = readFileSync(new URL('./instrument.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

export function launch(extraArgs = []) {
	return chromium.launch({ executablePath: findChromium().path, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A fresh profile-like context; `config` goes to the init script (watches, observe). */
export async function newContext(browser, baseURL, { sw = 'block', config = {}, ...rest } = {}) {
	const context = await browser.newContext({ baseURL, serviceWorkers: sw, viewport: { width: 1280, height: 900 }, ...rest });
	await context.addInitScript(`(${INSTRUMENT})(${JSON.stringify(config)})`);
	return context;
}

/** Restore a backup through Settings → "Restore from a file"; returns ms from the file's change event to the result. */
export async function restoreThroughSettings(page, json) {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	await page.locator('#restore-file').waitFor();
	await page.evaluate(() => {
		const b = window.__bench;
		b.restore = {};
		document.querySelector('#restore-file').addEventListener('change', (e) => (b.restore.start = e.timeStamp), { capture: true, once: true });
		const done = () => document.querySelector('.panel .done, .panel .error-text');
		new MutationObserver((_, obs) => {
			const el = done();
			if (el && b.restore.end === undefined) {
				b.restore.end = performance.now();
				b.restore.text = el.textContent;
				obs.disconnect();
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.setInputFiles('#restore-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
	await page.waitForFunction(() => window.__bench.restore.end !== undefined, null, { timeout: 120_000 });
	const r = await page.evaluate(() => window.__bench.restore);
	if (!/^Restored/.test(r.text ?? '')) throw new Error(`Restore failed: ${r.text}`);
	return r.end - r.start;
}

/**
 * Wait until the page has been quiet (no input, list mutation or IndexedDB read) for `quietMs`. The input
 * counts: on a loaded machine a keystroke's work may not have started yet when this is first asked, and
 * quiet measured from the work before it returned at once (the keystroke then measured 0 ms, its work unseen).
 */
export async function settle(page, quietMs = 250, timeout = 10_000) {
	const until = Date.now() + timeout;
	for (;;) {
		const last = await page.evaluate(() => {
			const b = window.__bench;
			return Math.max(0, ...b.inputs.slice(-1), ...b.mutations.slice(-1), ...b.reads.slice(-1), ...b.txDone.slice(-1));
		});
		const now = await page.evaluate(() => performance.now());
		if (now - last >= quietMs || Date.now() > until) return;
		await page.waitForTimeout(quietMs / 2);
	}
}
