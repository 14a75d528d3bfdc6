/**
 * What the review as a whole must cover: the roles and checklists the team
 * requires, and the tiers the changed files need (review/tier-paths: the
 * same rule the new-review form suggests them by).
 */
import type { Role, StandardSummary } from '$lib/content/schema';
import type { Session } from '$lib/review/schema';
import { pathTierReason, reviewPathTiers } from '$lib/review/tier-paths';
import { scopedKey, tierApplies } from '$lib/review/tiers';
import type { Finding } from './types';

export function roleFindings(session: Session, required: readonly Role[], hasReviewSummary: boolean): Finding[] {
	return required.flatMap((role): Finding[] => {
		if (session.role === role || (role === 'reviewer' && hasReviewSummary)) return [];
		return [{ level: 'error', rule: 'required-role', message: `A ${role} review is required, but the block is a ${session.role} review. Paste the ${role}'s PR Self-QA block (or review summary) into the PR description.` }];
	});
}

export function checklistFindings(session: Session, required: readonly string[], standards: readonly StandardSummary[]): Finding[] {
	return required.flatMap((key): Finding[] => {
		if (session.checklists.includes(key)) return [];
		const [slug, id] = key.split('/');
		const title = standards.find((s) => s.slug === slug)?.checklists.find((c) => c.id === id)?.title ?? key;
		return [{ level: 'error', rule: 'required-checklist', message: `The checklist "${title}" (${key}) is required but the review does not include it. Add it in Shipshape (Checklists) and export the block again.` }];
	});
}

export function tierFindings(session: Session, changedFiles: readonly string[], standards: readonly StandardSummary[]): Finding[] {
	return reviewPathTiers(standards, session.checklists, changedFiles).flatMap((t): Finding[] => {
		const standard = standards.find((s) => s.slug === t.standardSlug);
		const def = standard?.tiers.find((x) => x.tier === t.tier);
		if (!standard || !def) return [];
		const chosen = def.checklistIds.every((id) => session.checklists.includes(scopedKey(standard.slug, id)));
		if (chosen && tierApplies(session, standard, t.tier)) return [];
		const what = chosen ? `switch Tier ${t.tier} on` : `add the Tier ${t.tier} checklist and switch it on`;
		return [{ level: 'error', rule: 'tier-not-answered', message: `${pathTierReason(t)} (${standard.title}), but the review does not answer Tier ${t.tier}: ${what} in Shipshape, answer it, and export the block again.` }];
	});
}
