import { bundledStandards } from '$lib/server/standards';
import { readableSectionIds } from '$lib/content/reading';

export function load() {
	return {
		standards: bundledStandards().map((s) => ({
			slug: s.slug,
			title: s.title,
			summary: s.summary,
			sectionIds: readableSectionIds(s.sections),
			checklistCount: s.checklists.filter((c) => c.kind === 'review').length,
			itemCount: s.checklists.reduce((n, c) => n + (c.kind === 'review' ? c.items.length : 0), 0)
		}))
	};
}
