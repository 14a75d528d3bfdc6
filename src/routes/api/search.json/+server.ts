import { json } from '@sveltejs/kit';
import { bundledStandards } from '$lib/server/standards';
import type { SearchDocument } from '$lib/content/search';

// Loaded on demand by the search box, so pages do not carry the index.
export const prerender = true;

export function GET() {
	const docs: SearchDocument[] = bundledStandards().flatMap((s) =>
		s.search.map((entry) => ({ ...entry, standardSlug: s.slug, standardTitle: s.title }))
	);
	return json(docs);
}
