/**
 * The standard-wide rules from frontmatter, checked against the resolved
 * checklists: tiers and their triggers, the 5-second rule and the default
 * checklists per role.
 */
import { ContentError } from './content-error';
import type { Frontmatter } from './frontmatter-schema';
import type { Checklist, FiveSecondQuestion, Role, StandardSummary, Tier, TierNumber } from './schema';
import { globProblem } from './path-glob';
import { compactSlug } from './slug';

export interface RulesContext {
	file: string;
	fm: Frontmatter | undefined;
	lineOf: (path: readonly PropertyKey[]) => number;
	checklists: readonly Checklist[];
	itemKeys: ReadonlyMap<string, string>;
}

const TIERS: TierNumber[] = [1, 2, 3];

/** Tier of each checklist named in `tiers[].checklists`, so those lists carry it. */
export function tiersByChecklist(fm: Frontmatter | undefined): Map<string, TierNumber> {
	const out = new Map<string, TierNumber>();
	for (const entry of fm?.tiers ?? []) for (const id of entry.checklists ?? []) out.set(id, entry.tier);
	return out;
}

/** Every path glob must be one the matcher reads as meant: a bad one fails the build here. */
function checkPaths(ctx: RulesContext, index: number, paths: readonly string[]): void {
	paths.forEach((glob, k) => {
		const problem = globProblem(glob);
		if (problem) throw new ContentError(ctx.file, ctx.lineOf(['tiers', index, 'paths', k]), `tiers[${index}].paths[${k}] "${glob}" is not a usable path glob: ${problem}`);
	});
	if (paths.length && ctx.fm?.tiers?.[index]?.tier === 1) {
		throw new ContentError(ctx.file, ctx.lineOf(['tiers', index, 'paths']), 'tier 1 always applies and cannot have paths');
	}
}

export function resolveTiers(ctx: RulesContext): Tier[] {
	const entries = ctx.fm?.tiers ?? [];
	entries.forEach((entry, i) => {
		const line = ctx.lineOf(['tiers', i, 'tier']);
		if (entries.findIndex((e) => e.tier === entry.tier) !== i) {
			throw new ContentError(ctx.file, line, `tier ${entry.tier} is defined twice`);
		}
		if (entry.tier === 1 && entry.triggers?.length) {
			throw new ContentError(ctx.file, line, 'tier 1 always applies and cannot have triggers');
		}
		if (!ctx.checklists.some((c) => c.tier === entry.tier)) {
			throw new ContentError(ctx.file, line, `tier ${entry.tier} has no checklists (set "tier" on a checklist)`);
		}
		checkPaths(ctx, i, entry.paths ?? []);
		entry.checklists?.forEach((id, k) => {
			const list = ctx.checklists.find((c) => c.id === id);
			const at = ctx.lineOf(['tiers', i, 'checklists', k]);
			if (!list) throw new ContentError(ctx.file, at, `unknown checklist "${id}" in tier ${entry.tier}`);
			if (list.kind !== 'review') throw new ContentError(ctx.file, at, `"${id}" is a status list, not a review checklist`);
		});
	});
	return TIERS.flatMap((tier) => {
		const entry = entries.find((e) => e.tier === tier);
		const checklistIds = entry?.checklists ?? ctx.checklists.filter((c) => c.tier === tier).map((c) => c.id);
		if (!checklistIds.length) return [];
		const triggers = (entry?.triggers ?? []).map((t) => ({ id: t.id, label: t.label }));
		const paths = entry?.paths ?? [];
		return [paths.length ? { tier, checklistIds, triggers, paths: [...paths] } : { tier, checklistIds, triggers }];
	});
}

export function resolveFiveSecondRule(ctx: RulesContext): FiveSecondQuestion[] {
	const seen = new Set<string>();
	return (ctx.fm?.fiveSecondRule ?? []).map((entry, i) => {
		const itemId = ctx.itemKeys.get(entry.item);
		if (!itemId) {
			const line = ctx.lineOf(['fiveSecondRule', i, 'item']);
			throw new ContentError(ctx.file, line, `unknown item "${entry.item}" (expected checklist-id/item-key)`);
		}
		const id = entry.id ?? (compactSlug(entry.question) || `q${i + 1}`);
		if (seen.has(id)) {
			throw new ContentError(ctx.file, ctx.lineOf(['fiveSecondRule', i]), `duplicate question id "${id}"`);
		}
		seen.add(id);
		const { question, leadsTo, answerWhenNo } = entry;
		return { id, question, leadsTo, itemId, ...(answerWhenNo ? { answerWhenNo } : {}) };
	});
}

function checkDefaults(ctx: RulesContext, role: Role, ids: readonly string[]): string[] {
	ids.forEach((id, k) => {
		const list = ctx.checklists.find((c) => c.id === id);
		const line = ctx.lineOf(['defaults', role, k]);
		if (!list) throw new ContentError(ctx.file, line, `unknown checklist "${id}" in defaults.${role}`);
		if (list.kind !== 'review') throw new ContentError(ctx.file, line, `"${id}" is a status list, not a review checklist`);
	});
	return [...ids];
}

/** Without explicit defaults, every review checklist a role may use is offered to it. */
export function resolveDefaults(ctx: RulesContext): StandardSummary['defaults'] {
	const explicit = ctx.fm?.defaults;
	const forRole = (role: Role): string[] => {
		const ids = explicit?.[role];
		if (ids) return checkDefaults(ctx, role, ids);
		return ctx.checklists.filter((c) => c.kind === 'review' && c.roles.includes(role)).map((c) => c.id);
	};
	return { author: forRole('author'), reviewer: forRole('reviewer') };
}
