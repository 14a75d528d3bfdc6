/**
 * Which tiers, and so which checklists, apply to a session. Tier 1 always
 * applies; Tier 2/3 apply when one of their triggers is on, unless the user
 * forced the tier on or off by hand.
 */
import type { Checklist, StandardSummary, TierNumber } from '$lib/content/schema';
import type { Session } from './schema';

type TierChoice = Pick<Session, 'triggers' | 'tierOverrides'>;

/** Key of a tier override or a trigger in a session: `${standardSlug}/${id}`. */
export const scopedKey = (standardSlug: string, id: string | number): string => `${standardSlug}/${id}`;

export function tierApplies(choice: TierChoice, standard: StandardSummary, tier: TierNumber): boolean {
	if (tier === 1) return true;
	const forced = choice.tierOverrides[scopedKey(standard.slug, tier)];
	if (forced !== undefined) return forced;
	const def = standard.tiers.find((t) => t.tier === tier);
	if (!def) return false;
	return def.triggers.some((t) => choice.triggers.includes(scopedKey(standard.slug, t.id)));
}

export function applicableTiers(choice: TierChoice, standard: StandardSummary): TierNumber[] {
	return standard.tiers.map((t) => t.tier).filter((tier) => tierApplies(choice, standard, tier));
}

export interface ChosenChecklist {
	standard: StandardSummary;
	checklist: Checklist;
}

/**
 * The session's chosen checklists in content order, without the tier
 * checklists of tiers that do not apply.
 */
export function applicableChecklists(
	session: Pick<Session, 'checklists' | 'triggers' | 'tierOverrides'>,
	standards: readonly StandardSummary[]
): ChosenChecklist[] {
	const out: ChosenChecklist[] = [];
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			if (!session.checklists.includes(scopedKey(standard.slug, checklist.id))) continue;
			if (checklist.tier !== undefined && !tierApplies(session, standard, checklist.tier)) continue;
			out.push({ standard, checklist });
		}
	}
	return out;
}

/**
 * Whether a tier applies when its standard may not be loaded any more (a
 * removed custom standard): without its triggers, Tier 2/3 count only when
 * forced on by hand.
 */
export function storedTierApplies(
	choice: TierChoice,
	standardSlug: string,
	tier: TierNumber | undefined,
	standard: StandardSummary | undefined
): boolean {
	if (tier === undefined || tier === 1) return true;
	if (standard) return tierApplies(choice, standard, tier);
	return choice.tierOverrides[scopedKey(standardSlug, tier)] === true;
}
