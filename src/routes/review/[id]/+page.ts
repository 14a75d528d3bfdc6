import { error } from '@sveltejs/kit';
import { z } from 'zod/mini';
import { standardSummarySchema } from '$lib/content/schema';
import { loadCustomSummaries } from '$lib/custom/all-standards';

// A session lives in this browser's IndexedDB: the page can only be built in
// the browser. Offline, the service worker serves the SPA shell (200.html).
export const ssr = false;
export const prerender = false;

const catalogSchema = z.array(standardSummarySchema);

export async function load({ fetch, params }) {
	const response = await fetch('/api/standards.json');
	if (!response.ok) error(503, 'The standards could not be loaded. Reload the page; if you are offline, open Shipshape once online first.');
	const parsed = catalogSchema.safeParse(await response.json());
	if (!parsed.success) error(500, 'The bundled standards are damaged. Reload the page to fetch them again.');
	// The user's own standards too: a review may use them (parsed here, in the browser).
	return { id: params.id, standards: [...parsed.data, ...(await loadCustomSummaries())] };
}
