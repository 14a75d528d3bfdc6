/**
 * What the workbook shows: the session's applicable checklists grouped by
 * standard and tier, each item with its stored text, its current content
 * (for formatting, suggestions and the detail link) and its answer.
 */
import type { Checklist, ChecklistItem, StandardSummary, TierNumber } from '$lib/content/schema';
import type { Answer, Session, UsedItem } from './schema';
import { toUsedItem } from './session-items';
import { applicableChecklists } from './tiers';

export type Drift = 'same' | 'changed' | 'removed';

export interface ItemView {
	id: string;
	/** The text the session reviewed (stored), not necessarily today's. */
	stored: UsedItem;
	/** Today's item, when the standard still has it. */
	current: ChecklistItem | undefined;
	drift: Drift;
	answer: Answer | undefined;
}

export interface ChecklistView {
	key: string;
	standard: StandardSummary;
	checklist: Checklist;
	items: ItemView[];
}

export interface GroupView {
	key: string;
	standard: StandardSummary;
	tier: TierNumber | undefined;
	checklists: ChecklistView[];
}

function checklistItems(session: Session, standard: StandardSummary, checklist: Checklist, answers: ReadonlyMap<string, Answer>): ItemView[] {
	const views: ItemView[] = checklist.items.map((item) => {
		const stored = session.items[item.id] ?? toUsedItem(standard, checklist, item);
		return { id: item.id, stored, current: item, drift: stored.text === item.text ? 'same' : 'changed', answer: answers.get(item.id) };
	});
	// Items the session reviewed that the standard has since dropped stay visible.
	const present = new Set(checklist.items.map((i) => i.id));
	for (const stored of Object.values(session.items)) {
		if (stored.standardSlug !== standard.slug || stored.checklistId !== checklist.id || present.has(stored.id)) continue;
		views.push({ id: stored.id, stored, current: undefined, drift: 'removed', answer: answers.get(stored.id) });
	}
	return views;
}

export function workbookGroups(session: Session, standards: readonly StandardSummary[], answers: ReadonlyMap<string, Answer>): GroupView[] {
	const groups: GroupView[] = [];
	for (const { standard, checklist } of applicableChecklists(session, standards)) {
		const key = `${standard.slug}/tier-${checklist.tier ?? 0}`;
		let group = groups.find((g) => g.key === key);
		if (!group) {
			group = { key, standard, tier: checklist.tier, checklists: [] };
			groups.push(group);
		}
		group.checklists.push({
			key: `${standard.slug}/${checklist.id}`,
			standard,
			checklist,
			items: checklistItems(session, standard, checklist, answers)
		});
	}
	return groups;
}

export function flatItems(groups: readonly GroupView[]): ItemView[] {
	return groups.flatMap((g) => g.checklists.flatMap((c) => c.items));
}

export function isOpen(view: ItemView): boolean {
	return (view.answer?.state ?? 'open') === 'open';
}

/** Case-insensitive match on the item text, label and note. */
export function matchesItemQuery(view: ItemView, query: string): boolean {
	const q = query.trim().toLowerCase();
	if (!q) return true;
	return [view.stored.text, view.stored.label ?? '', view.answer?.note ?? '', view.answer?.answer ?? ''].some((s) =>
		s.toLowerCase().includes(q)
	);
}
