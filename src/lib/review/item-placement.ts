/**
 * Where each item of a review belongs: which of the session's chosen
 * checklists holds it, and whether that checklist applies. Part of the item
 * model (item-model.ts), kept apart because it is the subtle part.
 *
 * The rule: an item the session stored stays in the checklist it was stored
 * under (what the user reviewed), even when the standard has moved it since;
 * only when that checklist is no longer chosen does it follow the standard to
 * its current checklist. An item the session never stored (new in the
 * standard) sits where the standard has it. Each item sits in one place.
 */
import type { Checklist, ChecklistItem, StandardSummary, TierNumber } from '$lib/content/schema';
import type { Session, UsedItem } from './schema';
import { scopedKey, storedTierApplies, tierApplies } from './tiers';

export type ItemScope = Pick<Session, 'checklists' | 'triggers' | 'tierOverrides' | 'items'>;

/** An item of the current content with the checklist that lists it. */
export interface LocatedItem {
	standard: StandardSummary;
	checklist: Checklist;
	item: ChecklistItem;
	key: string;
}

/** A chosen checklist, from the content or (when the content no longer has it) from the stored items. */
export interface PlacedChecklist {
	key: string;
	standardSlug: string;
	checklistId: string;
	/** Undefined when the standard is no longer loaded (a custom standard deleted since). */
	standard: StandardSummary | undefined;
	/** Undefined when the standard no longer has this checklist. */
	checklist: Checklist | undefined;
	tier: TierNumber | undefined;
	applies: boolean;
	/** The session's stored items and today's new ones, in content order, then stored order. */
	entries: Array<{ stored: UsedItem | undefined; located: LocatedItem | undefined }>;
}

export function toUsedItem(standard: StandardSummary, checklist: Checklist, item: ChecklistItem): UsedItem {
	const used: UsedItem = { id: item.id, standardSlug: standard.slug, checklistId: checklist.id, text: item.text };
	if (item.label !== undefined) used.label = item.label;
	if (item.priority !== undefined) used.priority = item.priority;
	if (checklist.tier !== undefined) used.tier = checklist.tier;
	return used;
}

export function locateItems(standards: readonly StandardSummary[]): Map<string, LocatedItem> {
	const map = new Map<string, LocatedItem>();
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			const key = scopedKey(standard.slug, checklist.id);
			for (const item of checklist.items) map.set(item.id, { standard, checklist, item, key });
		}
	}
	return map;
}

/** The checklist an item sits in (see the rule above). */
function homeOf(stored: UsedItem | undefined, located: LocatedItem | undefined, chosen: ReadonlySet<string>): string {
	if (!stored) return located?.key ?? '';
	const storedKey = scopedKey(stored.standardSlug, stored.checklistId);
	if (chosen.has(storedKey) || !located || !chosen.has(located.key)) return storedKey;
	return located.key;
}

function contentChecklists(session: ItemScope, standards: readonly StandardSummary[], chosen: ReadonlySet<string>): PlacedChecklist[] {
	const out: PlacedChecklist[] = [];
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			const key = scopedKey(standard.slug, checklist.id);
			if (!chosen.has(key) || out.some((c) => c.key === key)) continue;
			const tier = checklist.tier;
			const applies = tier === undefined || tierApplies(session, standard, tier);
			out.push({ key, standardSlug: standard.slug, checklistId: checklist.id, standard, checklist, tier, applies, entries: [] });
		}
	}
	return out;
}

/** Chosen checklists the content no longer has: known only from the items stored under them. */
function orphanChecklist(session: ItemScope, key: string, items: readonly UsedItem[], standards: readonly StandardSummary[]): PlacedChecklist | undefined {
	const first = items[0];
	if (!first) return undefined;
	const standard = standards.find((s) => s.slug === first.standardSlug);
	const applies = storedTierApplies(session, first.standardSlug, first.tier, standard);
	return { key, standardSlug: first.standardSlug, checklistId: first.checklistId, standard, checklist: undefined, tier: first.tier, applies, entries: [] };
}

/** Every chosen checklist with its items, in content order, then the ones the content no longer has. */
export function placeItems(session: ItemScope, standards: readonly StandardSummary[], located: ReadonlyMap<string, LocatedItem>): PlacedChecklist[] {
	const chosen = new Set(session.checklists);
	const storedByHome = new Map<string, UsedItem[]>();
	for (const stored of Object.values(session.items)) {
		const home = homeOf(stored, located.get(stored.id), chosen);
		const list = storedByHome.get(home);
		if (list) list.push(stored);
		else storedByHome.set(home, [stored]);
	}
	const placed = contentChecklists(session, standards, chosen);
	for (const key of chosen) {
		if (placed.some((c) => c.key === key)) continue;
		const orphan = orphanChecklist(session, key, storedByHome.get(key) ?? [], standards);
		if (orphan) placed.push(orphan);
	}
	for (const target of placed) {
		const taken = new Set<string>();
		for (const item of target.checklist?.items ?? []) {
			const stored = session.items[item.id];
			const here = located.get(item.id);
			if (homeOf(stored, here, chosen) !== target.key) continue;
			target.entries.push({ stored, located: here });
			taken.add(item.id);
		}
		for (const stored of storedByHome.get(target.key) ?? []) {
			if (!taken.has(stored.id)) target.entries.push({ stored, located: located.get(stored.id) });
		}
	}
	return placed;
}
