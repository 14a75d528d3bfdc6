import { json } from '@sveltejs/kit';
import { bundledSummaries } from '$lib/server/standards';

// The checklists (no rendered bodies) for pages that run only in the browser,
// such as a session deep link; prerendered, so the service worker precaches it.
export const prerender = true;

export function GET() {
	return json(bundledSummaries());
}
