import { error } from '@sveltejs/kit';
import { loadAllStandards } from '$lib/custom/all-standards';

// A session lives in this browser's IndexedDB: the page can only be built in
// the browser. Offline, the service worker serves the SPA shell (200.html).
export const ssr = false;
export const prerender = false;

export async function load({ fetch, params }) {
	try {
		// The user's own standards too: a review may use them (parsed here, in the browser).
		return { id: params.id, standards: await loadAllStandards(fetch) };
	} catch (e) {
		error(503, e instanceof Error ? e.message : 'The standards could not be loaded. Reload the page.');
	}
}
