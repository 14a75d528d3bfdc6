/**
 * Marks the searched words in the section a search result opened (text
 * nodes only: no HTML is built from the words). Loaded only when a page is
 * opened from a search result.
 */
import { markParts } from '$lib/content/mark-parts';

const MARK_CLASS = 'search-hit';

function textNodes(root: Element): Text[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(`mark, script, style`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	return nodes;
}

/** Removes earlier marks (a new search result on the same page). */
export function clearHighlights(root: ParentNode): void {
	for (const mark of root.querySelectorAll(`mark.${MARK_CLASS}`)) mark.replaceWith(mark.textContent ?? '');
	if (root instanceof Element) root.normalize();
}

/** Wraps each occurrence of the words in `root` in a mark; returns how many. */
export function highlightTerms(root: Element, terms: readonly string[]): number {
	let count = 0;
	for (const node of textNodes(root)) {
		const parts = markParts(node.data, terms);
		if (!parts.some((p) => p.mark)) continue;
		const pieces = parts.map((p) => {
			if (!p.mark) return p.text;
			count += 1;
			const mark = document.createElement('mark');
			mark.className = MARK_CLASS;
			mark.textContent = p.text;
			return mark;
		});
		node.replaceWith(...pieces);
	}
	return count;
}
