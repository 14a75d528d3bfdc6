import { error } from '@sveltejs/kit';
import { bundledStandard, bundledStandards } from '$lib/server/standards';
import { wholeStandardParts } from '$lib/content/sections-html';
import { PrerenderedHtml } from '$lib/content/prerendered-html';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => bundledStandards().map((s) => ({ slug: s.slug }));

export function load({ params }) {
	const standard = bundledStandard(params.slug);
	if (!standard) error(404, `No standard called “${params.slug}”.`);
	const { refs, parts } = wholeStandardParts(standard.slug, standard.html);
	return {
		slug: standard.slug,
		title: standard.title,
		summary: standard.summary,
		toc: standard.sections.filter((s) => s.level >= 2 && s.level <= 3),
		// The text is rendered into the page, not sent again as its data: +page.ts fetches it on client-side navigation.
		parts: parts.map((part, i) => ({ ...refs[i]!, html: new PrerenderedHtml(part.html) as PrerenderedHtml | string })),
		reviewChecklists: standard.checklists.filter((c) => c.kind === 'review').length
	};
}
