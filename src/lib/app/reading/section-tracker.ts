/**
 * Which section of a reading page is being read: the last heading that has
 * passed under the sticky site header. Loaded once the page is idle (the
 * reading pages' first-load JavaScript budget), and cheap per scroll: one
 * measurement pass per frame.
 */

// The upper part of the window, below the sticky header: a heading opened by
// an anchor lands about 9rem down (scroll padding plus the target's margin).
const READING_LINE_PX = 180;

/** Calls `onChange` with the current section's id (undefined above the first); returns the stop. */
export function trackCurrentSection(ids: readonly string[], onChange: (id: string | undefined) => void): () => void {
	const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
	let last: string | undefined;
	let frame = 0;
	const measure = () => {
		frame = 0;
		let current: string | undefined;
		for (const heading of headings) {
			if (heading.getBoundingClientRect().top > READING_LINE_PX) break;
			current = heading.id;
		}
		// At the very bottom a short last section never reaches the line: it is the one being read.
		if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = headings.at(-1)?.id ?? current;
		if (current !== last) onChange((last = current));
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule, { passive: true });
	measure();
	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('scroll', schedule);
		window.removeEventListener('resize', schedule);
	};
}

/** Scrolls the nearest scrolling ancestor (the sticky contents column) just enough to show `el`; never the page. */
export function revealInScroller(el: HTMLElement | null): void {
	let scroller = el?.parentElement ?? null;
	while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) {
		scroller = scroller.parentElement;
	}
	if (!el || !scroller || scroller === document.documentElement || scroller === document.body) return;
	const box = el.getBoundingClientRect();
	const view = scroller.getBoundingClientRect();
	const margin = 24;
	if (box.top < view.top + margin) scroller.scrollTop -= view.top + margin - box.top;
	else if (box.bottom > view.bottom - margin) scroller.scrollTop += box.bottom - (view.bottom - margin);
}
