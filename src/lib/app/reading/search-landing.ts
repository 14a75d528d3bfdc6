/**
 * A page opened from a search result (`?hl=words#section`) marks the searched
 * words in that section. The marking code loads only then.
 */
import { HIGHLIGHT_PARAM, highlightTermsFromParam } from '$lib/content/mark-parts';

export async function highlightSearchedWords(): Promise<void> {
	const terms = highlightTermsFromParam(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM));
	if (terms.length === 0) return;
	const { clearHighlights, highlightTerms } = await import('./highlight-terms');
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	const root = target?.closest('section')?.querySelector('.prose') ?? document.querySelector('article .prose');
	if (!root) return;
	clearHighlights(document.querySelector('article') ?? root);
	highlightTerms(root, terms);
}
