/**
 * Tiers from the changed files: a tier whose path globs match a changed file
 * is needed. The one rule for the new-review form (suggests the tier, with
 * the reason) and the PR gate (requires it).
 */
import { pathMatcher } from '$lib/content/path-glob';
import type { StandardSummary, TierNumber } from '$lib/content/schema';
import { withChecklists } from './new-session';
import type { Session } from './schema';
import { scopedKey } from './tiers';

export interface PathTier {
	standardSlug: string;
	standardTitle: string;
	tier: TierNumber;
	/** The first changed file that matched, and the glob it matched: the reason shown. */
	file: string;
	glob: string;
	/** How many changed files match this tier in all. */
	files: number;
}

function firstMatch(globs: readonly string[], files: readonly string[]): { file: string; glob: string; files: number } | null {
	const matchers = globs.map((glob) => ({ glob, test: pathMatcher(glob) }));
	let first: { file: string; glob: string } | null = null;
	let count = 0;
	for (const file of files) {
		const hit = matchers.find((m) => m.test(file));
		if (!hit) continue;
		count += 1;
		first ??= { file, glob: hit.glob };
	}
	return first && { ...first, files: count };
}

/** The tiers the changed files need, per standard, in content order. Tier 1 always applies and is never listed. */
export function tiersFromPaths(standards: readonly StandardSummary[], files: readonly string[]): PathTier[] {
	const out: PathTier[] = [];
	if (files.length === 0) return out;
	for (const standard of standards) {
		for (const tier of standard.tiers) {
			if (tier.tier === 1 || !tier.paths?.length) continue;
			const hit = firstMatch(tier.paths, files);
			if (hit) out.push({ standardSlug: standard.slug, standardTitle: standard.title, tier: tier.tier, ...hit });
		}
	}
	return out;
}

// "Tier 2: `db/migrations/0042.py` matches `**/migrations/**`" (and how many more files do).
export function pathTierReason(t: PathTier): string {
	const more = t.files > 1 ? ` (and ${t.files - 1} more file${t.files > 2 ? 's' : ''})` : '';
	return `Tier ${t.tier}: \`${t.file}\` matches \`${t.glob}\`${more}`;
}

/** The tier overrides that switch the suggested tiers on, as the TierPanel's "Always apply". */
export function pathTierOverrides(tiers: readonly PathTier[]): Record<string, boolean> {
	return Object.fromEntries(tiers.map((t) => [scopedKey(t.standardSlug, t.tier), true]));
}

/**
 * The path tiers of the standards a review takes checklists from (keys
 * `${slug}/${checklistId}`): what the new-review form suggests and the PR
 * gate requires. Other standards' tiers are not the review's business.
 */
export function reviewPathTiers(standards: readonly StandardSummary[], checklists: readonly string[], files: readonly string[]): PathTier[] {
	const used = standards.filter((s) => checklists.some((k) => k.startsWith(`${s.slug}/`)));
	return tiersFromPaths(used, files);
}

/** A new review with the suggested tiers switched on: their checklists chosen, the tiers forced on. */
export function withPathTiers(session: Session, standards: readonly StandardSummary[], tiers: readonly PathTier[], now: string): Session {
	if (tiers.length === 0) return session;
	const tierLists = tiers.flatMap((t) => standards.find((s) => s.slug === t.standardSlug)?.tiers.find((x) => x.tier === t.tier)?.checklistIds.map((id) => scopedKey(t.standardSlug, id)) ?? []);
	const chosen = withChecklists(session, standards, [...session.checklists, ...tierLists.filter((k) => !session.checklists.includes(k))], now);
	return { ...chosen, tierOverrides: { ...chosen.tierOverrides, ...pathTierOverrides(tiers) } };
}
