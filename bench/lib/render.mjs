/**
 * Rendering: a 500-item session (navigation start → every row painted, and a
 * client-side navigation from the sessions list → every row painted), the
 * home list with 10,000 sessions (navigation start → first page painted) and
 * a search keystroke (input event → the list and its reads settled).
 */
import { settle } from './browser.mjs';

const reached = (page, name) => page.waitForFunction((n) => window.__bench.reached[n] !== undefined, name, { timeout: 60_000 }).then(() => page.evaluate((n) => window.__bench.reached[n], name));

/** Full load of the session page with a warm HTTP cache: ms from navigation start. */
export async function sessionLoad(page, sessionId) {
	await page.goto(`/review/${sessionId}`);
	return reached(page, 'items');
}

/** From the click on the session's link in the home list to every row painted. */
export async function sessionFromList(page, sessionId) {
	await page.goto('/');
	const link = page.locator(`a[href="/review/${sessionId}"]`);
	await link.waitFor();
	await settle(page);
	await link.click();
	const end = await reached(page, 'items');
	return end - (await page.evaluate(() => window.__bench.navClicks.at(-1)));
}

/** Navigation start → the first page of rows painted. */
export async function homeList(page) {
	await page.goto('/');
	return reached(page, 'rows');
}

/** One keystroke: from its input event to the last list mutation or IndexedDB read it caused. */
async function keystroke(page, key) {
	await page.keyboard.press(key);
	await settle(page, 300);
	return page.evaluate(() => {
		const b = window.__bench;
		const start = b.inputs.at(-1);
		const after = [...b.mutations, ...b.reads].filter((t) => t >= start);
		return after.length ? Math.max(...after) - start : 0;
	});
}

export async function searchKeystrokes(page, queries) {
	const times = [];
	await page.locator('#session-search').focus();
	for (const q of queries) {
		await page.fill('#session-search', '');
		await settle(page, 300);
		for (const ch of q) times.push(await keystroke(page, ch === ' ' ? 'Space' : ch));
	}
	await page.fill('#session-search', '');
	return times;
}
