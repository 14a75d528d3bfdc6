import type { Reroute, Transport } from '@sveltejs/kit';
import { base } from '$app/paths';
import { isMalformedPath, MALFORMED_PATH } from '$lib/app/malformed-path';
import { PrerenderedHtml } from '$lib/content/prerendered-html';

/**
 * A link with a broken percent-encoding ("/review/%E0%A4%A", "/review/%")
 * made SvelteKit's router throw "URI malformed" and leave a blank page. Such
 * a path is routed to one that matches nothing, so the styled 404 page shows.
 */
export const reroute: Reroute = ({ url }) => (isMalformedPath(url.pathname) ? `${base}${MALFORMED_PATH}` : undefined);

/** Prerendered HTML stays in the page, out of its data (see prerendered-html.ts). */
export const transport: Transport = {
	PrerenderedHtml: {
		encode: (value) => value instanceof PrerenderedHtml && 1,
		decode: () => new PrerenderedHtml('')
	}
};
