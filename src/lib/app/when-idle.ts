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
