import { error, json } from '@sveltejs/kit';
import { bundledStandard, bundledStandards } from '$lib/server/standards';
import { sectionsHtml } from '$lib/content/sections-html';

// Each section's HTML (with its subsections), for an item's "Details".
export const prerender = true;

export const entries = () => bundledStandards().map((s) => ({ slug: s.slug }));

export function GET({ params }) {
	const standard = bundledStandard(params.slug);
	if (!standard) error(404, 'No such standard');
	return json(sectionsHtml(standard.html));
}
