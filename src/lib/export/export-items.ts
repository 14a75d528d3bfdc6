/**
 * The items an export shows, grouped by checklist. Texts always come from the
 * session (what the user actually reviewed), never from the live standard, so
 * an old session exports the same words after the standard changes; the
 * standards only decide order, titles and which tiers apply. Kept here rather
 * than reusing review/ helpers so export output does not drift when the
 * workbook's own helpers change.
 */
import type { StandardSummary, TierNumber } from '$lib/content/schema';
import type { Answer, AnswerState, Session, UsedItem } from '$lib/review/schema';
import { scopedKey, storedTierApplies, tierApplies } from '$lib/review/tiers';

export interface ExportInput {
	session: Session;
	/** The session's answer rows; items without a row count as open. */
	answers: readonly Answer[];
	/** Current content: order, titles and tier triggers only. */
	standards: readonly StandardSummary[];
}

export interface ItemGroup {
	standardSlug: string;
	checklistId: string;
	/** The live checklist title, or the checklist id when the content no longer has it. */
	title: string;
	tier: TierNumber | undefined;
	applies: boolean;
	items: UsedItem[];
}

/** What an export needs of an answer row (defaults for items never touched). */
export interface ItemAnswer {
	state: AnswerState;
	note: string;
	answer: string;
}

const OPEN: ItemAnswer = { state: 'open', note: '', answer: '' };

export function answerLookup(answers: readonly Answer[]): (itemId: string) => ItemAnswer {
	const byId = new Map(answers.map((a) => [a.itemId, a]));
	return (itemId) => byId.get(itemId) ?? OPEN;
}

function storedByChecklist(session: Session): Map<string, UsedItem[]> {
	const map = new Map<string, UsedItem[]>();
	for (const used of Object.values(session.items)) {
		const key = scopedKey(used.standardSlug, used.checklistId);
		map.set(key, [...(map.get(key) ?? []), used]);
	}
	return map;
}

/**
 * The session's chosen checklists with their stored items: content order
 * first, then checklists and items the content no longer has, in stored
 * order, so nothing the user answered silently disappears.
 */
export function itemGroups(session: Session, standards: readonly StandardSummary[]): ItemGroup[] {
	const stored = storedByChecklist(session);
	const groups: ItemGroup[] = [];
	const done = new Set<string>();
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			const key = scopedKey(standard.slug, checklist.id);
			if (!session.checklists.includes(key) || done.has(key)) continue;
			done.add(key);
			// The stored checklist wins: an item the content moved elsewhere stays where it was reviewed.
			const inContent = checklist.items.flatMap((i) => session.items[i.id] ?? []).filter((u) => scopedKey(u.standardSlug, u.checklistId) === key);
			const seen = new Set(inContent.map((i) => i.id));
			const rest = (stored.get(key) ?? []).filter((i) => !seen.has(i.id));
			const tier = checklist.tier;
			const applies = tier === undefined || tierApplies(session, standard, tier);
			groups.push({ standardSlug: standard.slug, checklistId: checklist.id, title: checklist.title, tier, applies, items: [...inContent, ...rest] });
		}
	}
	for (const key of session.checklists) {
		if (done.has(key)) continue;
		done.add(key);
		const items = stored.get(key) ?? [];
		const first = items[0];
		if (!first) continue;
		const tier = first.tier;
		const applies = storedTierApplies(session, first.standardSlug, tier, undefined);
		groups.push({ standardSlug: first.standardSlug, checklistId: first.checklistId, title: first.checklistId, tier, applies, items });
	}
	return groups.filter((g) => g.items.length > 0);
}
