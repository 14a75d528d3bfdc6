// A user's own standard lives in this browser's IndexedDB: the page is built
// in the browser only (offline, the service worker serves the SPA shell).
export const ssr = false;
export const prerender = false;

export function load({ params }) {
	return { slug: params.slug };
}
