/** Where a standard is read: bundled ones are prerendered, the user's own are rendered in the browser. */
export const isCustomSlug = (slug: string): boolean => slug.startsWith('custom-');

export const standardHref = (slug: string): string =>
	isCustomSlug(slug) ? `/standards/custom/${encodeURIComponent(slug)}` : `/standards/${slug}`;
