/**
 * Whether a tier applies to a review. Tier 1 always applies; Tier 2/3 apply
 * when one of their triggers is on, unless the user forced the tier on or off
 * by hand. Which checklists and items follow from it: item-model.ts.
 */
import type { StandardSummary, TierNumber } from '$lib/content/schema';
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
