/**
 * Ticks in a 500-item session: click → the answers transaction's 'complete'
 * (the instrumentation timestamps both), the Event Timing latency of each
 * tick, and the floor: a raw IndexedDB put of the same row in the same page.
 */
const TICK_BOX = (i) => `li[data-item-index="${i}"] input[type=checkbox]`;

/** Event Timing entries below 16 ms are not reported: such a tick counts as 16 (an upper bound). */
function latencyOf(events, clickT) {
	const near = events.filter((e) => ['pointerdown', 'pointerup', 'click'].includes(e.name) && e.start >= clickT - 300 && e.start <= clickT + 1);
	return near.length ? Math.max(...near.map((e) => e.duration)) : 16;
}

export async function measureTicks(page, count, items) {
	const persisted = [];
	for (let n = 0; n < count; n++) {
		const i = n % items;
		const before = await page.evaluate(() => window.__bench.txDone.length);
		await page.click(TICK_BOX(i));
		await page.waitForFunction((k) => window.__bench.txDone.length > k, before);
		const t = await page.evaluate(() => {
			const b = window.__bench;
			const click = b.clicks[b.clicks.length - 1];
			return b.txDone.find((x) => x >= click) - click;
		});
		persisted.push(t);
		// Let the liveQuery re-render land before the next tick.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	}
	await page.waitForTimeout(500); // Event Timing entries arrive after the next paint
	const { clicks, events } = await page.evaluate(() => ({ clicks: window.__bench.clicks, events: window.__bench.events }));
	const latency = clicks.slice(-count).map((c) => latencyOf(events, c));
	return { persisted, latency, latencyReported: latency.filter((x) => x > 16).length };
}

/** The floor: `count` raw readwrite transactions each putting the session's answer row, in this page. */
export function measureRawPut(page, sessionId, count) {
	return page.evaluate(
		async ({ sessionId, count }) => {
			const db = await new Promise((resolve, reject) => {
				const req = indexedDB.open('shipshape');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const row = await new Promise((resolve) => {
				const req = db.transaction('answers').objectStore('answers').index('sessionId').get(sessionId);
				req.onsuccess = () => resolve(req.result);
			});
			const times = [];
			for (let i = 0; i < count; i++) {
				const t0 = performance.now();
				const tx = db.transaction('answers', 'readwrite');
				tx.objectStore('answers').put({ ...row, updatedAt: new Date().toISOString() });
				await new Promise((resolve) => (tx.oncomplete = resolve));
				times.push(performance.now() - t0);
			}
			db.close();
			return times;
		},
		{ sessionId, count }
	);
}
