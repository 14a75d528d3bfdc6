import { error } from '@sveltejs/kit';
import { bundledStandard, bundledStandards } from '$lib/server/standards';
import { linkHeadings, splitAtH2 } from '$lib/content/sections-html';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => bundledStandards().map((s) => ({ slug: s.slug }));

export function load({ params }) {
	const standard = bundledStandard(params.slug);
	if (!standard) error(404, `No standard called “${params.slug}”.`);
	return {
		slug: standard.slug,
		title: standard.title,
		summary: standard.summary,
		toc: standard.sections.filter((s) => s.level >= 2 && s.level <= 3),
		parts: splitAtH2(linkHeadings(standard.html)),
		reviewChecklists: standard.checklists.filter((c) => c.kind === 'review').length
	};
}
