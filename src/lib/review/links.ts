/** Links to a review. Ids are encoded: an id from a restored backup or an import may hold any character. */
export function reviewHref(id: string, query = ''): string {
	return `/review/${encodeURIComponent(id)}${query}`;
}
