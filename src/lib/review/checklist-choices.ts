/**
 * The checklists a new review can use, as the picker offers them: grouped by
 * tier (in tier order, untiered last) and each named with its section, so
 * that three lists titled "Questions" can be told apart.
 */
import type { Checklist, StandardSummary, TierNumber } from '$lib/content/schema';
import { plainHeading } from '$lib/content/heading-text';
import { scopedKey } from './tiers';

export interface ChecklistChoice {
	/** The session's checklist key (standard slug + checklist id). */
	key: string;
	title: string;
	/** The section the list sits in, when its title does not already say it. */
	section?: string;
	itemCount: number;
}

export interface ChoiceGroup {
	/** Absent when the standard has no tiers: one plain list. */
	tier?: TierNumber;
	label: string;
	choices: ChecklistChoice[];
}

export function checklistChoice(slug: string, checklist: Checklist): ChecklistChoice {
	const section = plainHeading(checklist.heading);
	const named = section === '' || section === plainHeading(checklist.title);
	return {
		key: scopedKey(slug, checklist.id),
		title: checklist.title,
		...(named ? {} : { section }),
		itemCount: checklist.items.length
	};
}

export function checklistChoiceGroups(standard: StandardSummary): ChoiceGroup[] {
	const lists = standard.checklists.filter((c) => c.kind === 'review');
	const choices = (of: Checklist[]) => of.map((c) => checklistChoice(standard.slug, c));
	if (!lists.some((c) => c.tier)) return lists.length ? [{ label: 'Checklists', choices: choices(lists) }] : [];
	const tiers = ([1, 2, 3] as const).map((tier) => ({ tier, label: `Tier ${tier}`, choices: choices(lists.filter((c) => c.tier === tier)) }));
	const other = { label: 'Not in a tier', choices: choices(lists.filter((c) => !c.tier)) };
	return [...tiers, other].filter((g) => g.choices.length > 0);
}
