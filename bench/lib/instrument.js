/**
 * Init script (runs before the app in every document): timestamps, without
 * changing app behaviour, what the benchmark pairs up — checkbox clicks,
 * completions of readwrite transactions on `answers`, read transactions,
 * Event Timing entries, list mutations, and when a selector first reaches a
 * count (painted: checked in requestAnimationFrame).
 */
(config) => {
	const b = (window.__bench = { clicks: [], navClicks: [], inputs: [], txDone: [], reads: [], events: [], mutations: [], reached: {} });
	const original = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (names, mode, options) {
		const tx = original.call(this, names, mode, options);
		const list = typeof names === 'string' ? [names] : Array.from(names);
		if (mode === 'readwrite' && list.includes('answers')) tx.addEventListener('complete', () => b.txDone.push(performance.now()));
		if (mode !== 'readwrite') tx.addEventListener('complete', () => b.reads.push(performance.now()));
		return tx;
	};
	document.addEventListener(
		'click',
		(e) => {
			const t = e.target;
			if (t instanceof HTMLInputElement && t.type === 'checkbox') b.clicks.push(e.timeStamp);
			if (t instanceof Element && t.closest('a[href^="/review/"]')) b.navClicks.push(e.timeStamp);
		},
		true
	);
	document.addEventListener('input', (e) => b.inputs.push(e.timeStamp), true);
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) b.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
		}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	} catch {
		// No Event Timing: the latency figure stays empty.
	}
	const watches = config?.watches ?? [];
	const poll = () => {
		for (const w of watches) {
			if (b.reached[w.name] === undefined && document.querySelectorAll(w.selector).length >= w.count) b.reached[w.name] = performance.now();
		}
		if (watches.some((w) => b.reached[w.name] === undefined)) requestAnimationFrame(poll);
	};
	if (watches.length) requestAnimationFrame(poll);
	if (config?.observe) {
		const start = () => new MutationObserver(() => b.mutations.push(performance.now())).observe(document.body, { subtree: true, childList: true, characterData: true });
		if (document.body) start();
		else document.addEventListener('DOMContentLoaded', start);
	}
};
