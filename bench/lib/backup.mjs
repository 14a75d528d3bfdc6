/** Restore (Settings → file input → "Restored …") and export (click → "Saved N reviews", the file handed over). */
import { restoreThroughSettings } from './browser.mjs';

export const restore = restoreThroughSettings;

export async function exportBackup(page) {
	await page.goto('/settings');
	const button = page.getByRole('button', { name: 'Download backup' });
	await button.waitFor();
	await page.evaluate(() => {
		const b = window.__bench;
		b.exp = {};
		document.addEventListener('click', (e) => (b.exp.start ??= e.timeStamp), { capture: true, once: true });
		new MutationObserver((_, obs) => {
			if ([...document.querySelectorAll('[role=status]')].some((el) => /^Saved \d+ review/.test(el.textContent ?? ''))) {
				b.exp.end = performance.now();
				obs.disconnect();
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	const download = page.waitForEvent('download', { timeout: 60_000 });
	await button.click();
	await page.waitForFunction(() => window.__bench.exp.end !== undefined, null, { timeout: 60_000 });
	const { start, end } = await page.evaluate(() => window.__bench.exp);
	const stream = await (await download).createReadStream();
	let bytes = 0;
	for await (const chunk of stream) bytes += chunk.length;
	return { ms: end - start, bytes };
}
