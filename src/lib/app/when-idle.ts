/**
 * Run once the page has loaded and the browser is idle (an idle period can
 * come before `load`; Safari has no requestIdleCallback: next task after
 * load). Returns the cancel.
 */
export function whenIdle(run: () => void, timeout = 2000): () => void {
	let cancelled = false;
	let cancelIdle = () => {};
	const schedule = () => {
		if (cancelled) return;
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(run, { timeout });
			cancelIdle = () => cancelIdleCallback(id);
		} else {
			const id = setTimeout(run, 1);
			cancelIdle = () => clearTimeout(id);
		}
	};
	if (document.readyState === 'complete') schedule();
	else window.addEventListener('load', schedule, { once: true });
	return () => {
		cancelled = true;
		window.removeEventListener('load', schedule);
		cancelIdle();
	};
}

/**
 * Imports a part of a page and hands it over; a failed import (offline
 * before the code was cached) is logged and leaves the rest of the page
 * working. Lazy.svelte's one way to load, and pages that load a part once
 * idle without Lazy's own code in their first load.
 */
export function loadPart<M>(load: () => Promise<M>, loaded: (module: M) => void): void {
	load().then(loaded, (error: unknown) => console.warn('A part of this page could not be loaded', error));
}
