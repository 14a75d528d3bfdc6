import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { isMalformedPath, MALFORMED_PATH } from '$lib/app/error-text';


/**
 * A link with a broken percent-encoding ("/review/%E0%A4%A", "/review/%")
 * made SvelteKit's router throw "URI malformed" and leave a blank page. Such
 * a path is routed to one that matches nothing, so the styled 404 page shows.
 */
export const reroute: Reroute = ({ url }) => (isMalformedPath(url.pathname) ? `${base}${MALFORMED_PATH}` : undefined);
