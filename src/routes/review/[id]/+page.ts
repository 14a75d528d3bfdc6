import { error } from '@sveltejs/kit';
import { loadReviewPage } from '$lib/app/workbook/load-review';

// A session lives in this browser's IndexedDB: the page can only be built in
// the browser. Offline, the service worker serves the SPA shell (200.html).
export const ssr = false;
export const prerender = false;

export async function load({ fetch, params }) {
	try {
		return await loadReviewPage(params.id, fetch);
	} catch (e) {
		error(503, e instanceof Error ? e.message : 'The standards could not be loaded. Reload the page.');
	}
}
