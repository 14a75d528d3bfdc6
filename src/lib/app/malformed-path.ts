/**
 * Links with a broken percent-encoding. Apart from error-text.ts: the reroute
 * hook runs on every page, so this is in every page's first load, and the
 * error page's wording is not (it loads with the error page).
 */

/** A path no route matches, where src/hooks.ts sends links with a broken percent-encoding. */
export const MALFORMED_PATH = '/not-found/malformed-link';

/** Whether SvelteKit's router would fail to decode the path ("URI malformed"); it keeps "%25" and decodes the rest. */
export function isMalformedPath(pathname: string): boolean {
	try {
		for (const part of pathname.split('%25')) decodeURI(part);
		return false;
	} catch {
		return true;
	}
}
