import { bundledStandards } from '$lib/server/standards';

export function load() {
	const withRule = bundledStandards().find((s) => s.fiveSecondRule.length > 0);
	return {
		fiveSecond: withRule
			? {
					slug: withRule.slug,
					title: withRule.title,
					questions: withRule.fiveSecondRule.map((q) => ({ id: q.id, question: q.question, leadsTo: q.leadsTo }))
				}
			: null
	};
}
