/** What the error page says: a title for the tab and the page, and what happened in words. */
import { isMalformedPath, MALFORMED_PATH } from './malformed-path';

export interface ErrorText {
	title: string;
	message: string;
}

/** SvelteKit's own wording for an unmatched route, which says nothing to a user. */
const GENERIC = /^(Not Found|Internal Error)$/i;

export function errorText(status: number, message: string | undefined, pathname: string): ErrorText {
	if (pathname === MALFORMED_PATH || isMalformedPath(pathname)) {
		return { title: 'This link is broken', message: 'The address has damaged characters in it (it may have been cut off when it was copied). Check the link, or find the review or standard from the home page.' };
	}
	if (status === 404) {
		const detail = message && !GENERIC.test(message) ? `${message} ` : '';
		return { title: 'Page not found', message: `${detail}There is no page at this address. It may have been mistyped, or the review or standard may have been removed.` };
	}
	return { title: 'Something went wrong', message: message && !GENERIC.test(message) ? message : 'This page could not be shown. Reload it; your reviews are kept in this browser and nothing was lost.' };
}
