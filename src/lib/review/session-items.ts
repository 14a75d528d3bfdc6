/**
 * The items a session works on. A session stores the text of every item it
 * used (session.items), so exports stay the same after the standard changes;
 * the current content only decides order and which tiers apply.
 */
import type { Checklist, ChecklistItem, StandardSummary } from '$lib/content/schema';
import type { Session, UsedItem } from './schema';
import { applicableChecklists, scopedKey, storedTierApplies } from './tiers';

export function toUsedItem(standard: StandardSummary, checklist: Checklist, item: ChecklistItem): UsedItem {
	const used: UsedItem = { id: item.id, standardSlug: standard.slug, checklistId: checklist.id, text: item.text };
	if (item.label !== undefined) used.label = item.label;
	if (item.priority !== undefined) used.priority = item.priority;
	if (checklist.tier !== undefined) used.tier = checklist.tier;
	return used;
}

/** Snapshot of every item of the chosen checklists (`${slug}/${checklistId}` keys), in content order. */
export function snapshotItems(standards: readonly StandardSummary[], checklists: readonly string[]): Record<string, UsedItem> {
	const items: Record<string, UsedItem> = {};
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			if (!checklists.includes(scopedKey(standard.slug, checklist.id))) continue;
			for (const item of checklist.items) items[item.id] = toUsedItem(standard, checklist, item);
		}
	}
	return items;
}

type ItemScope = Pick<Session, 'checklists' | 'triggers' | 'tierOverrides' | 'items'>;

/**
 * Whether a stored item the current content no longer lists still applies:
 * its checklist is chosen and its stored tier applies. Without the standard
 * (a custom standard deleted since) triggers cannot be read, so higher tiers
 * count only when forced on by hand.
 */
function storedItemApplies(session: ItemScope, item: UsedItem, standard: StandardSummary | undefined): boolean {
	if (!session.checklists.includes(scopedKey(item.standardSlug, item.checklistId))) return false;
	return storedTierApplies(session, item.standardSlug, item.tier, standard);
}

/**
 * The session's stored items that apply now: chosen checklist, tier applies.
 * Content order first; items the content no longer has follow in stored order,
 * so nothing the user answered silently disappears.
 */
export function applicableItems(session: ItemScope, standards: readonly StandardSummary[]): UsedItem[] {
	const out: UsedItem[] = [];
	const seen = new Set<string>();
	const add = (used: UsedItem): void => {
		out.push(used);
		seen.add(used.id);
	};
	const inContent = new Set<string>();
	for (const standard of standards) for (const c of standard.checklists) for (const i of c.items) inContent.add(i.id);
	for (const { checklist } of applicableChecklists(session, standards)) {
		for (const item of checklist.items) {
			const used = session.items[item.id];
			if (used && !seen.has(used.id)) add(used);
		}
	}
	const loaded = new Map(standards.map((s) => [s.slug, s]));
	for (const used of Object.values(session.items)) {
		if (seen.has(used.id) || inContent.has(used.id)) continue;
		if (storedItemApplies(session, used, loaded.get(used.standardSlug))) add(used);
	}
	return out;
}
