/**
 * Run once `element` comes within `margin` below the viewport (scrolling
 * towards it), or at the first interaction inside it (a pointer, a key,
 * focus), whichever is first. Code for a part further down the page loads
 * as the user nears it, not with the page. Returns the cancel.
 */
const INTERACTIONS = ['pointerdown', 'keydown', 'focusin'] as const;

export function whenNear(element: Element, run: () => void, margin = '100%'): () => void {
	let done = false;
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), { rootMargin: `0px 0px ${margin} 0px` })
			: undefined;
	const stop = (): void => {
		done = true;
		observer?.disconnect();
		for (const type of INTERACTIONS) element.removeEventListener(type, fire);
	};
	function fire(): void {
		if (done) return;
		stop();
		run();
	}
	for (const type of INTERACTIONS) element.addEventListener(type, fire);
	// No IntersectionObserver (very old browsers): load with the page, as before.
	if (observer) observer.observe(element);
	else queueMicrotask(fire);
	return stop;
}
