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

const sameAnswer = (a: Answer | undefined, b: Answer | undefined): boolean =>
	a === b || (!!a && !!b && a.state === b.state && a.note === b.note && a.answer === b.answer && a.updatedAt === b.updatedAt);

const sameStored = (a: UsedItem, b: UsedItem): boolean =>
	a === b || (a.text === b.text && a.label === b.label && a.priority === b.priority && a.tier === b.tier && a.checklistId === b.checklistId);

/**
 * The previous view of an item when nothing it shows changed. Every query
 * returns fresh objects; keeping the old one lets a tick re-render one row
 * instead of all of them.
 */
export function reuseView(view: ItemView, previous: ReadonlyMap<string, ItemView> | undefined): ItemView {
	const old = previous?.get(view.id);
	if (!old) return view;
	const same = old.current === view.current && old.drift === view.drift && sameStored(old.stored, view.stored) && sameAnswer(old.answer, view.answer);
	return same ? old : view;
}

function checklistItems(
	session: Session,
	standard: StandardSummary,
	checklist: Checklist,
	answers: ReadonlyMap<string, Answer>,
	previous: ReadonlyMap<string, ItemView> | undefined
): ItemView[] {
	const views: ItemView[] = checklist.items.map((item) => {
		const stored = session.items[item.id] ?? toUsedItem(standard, checklist, item);
		const view: ItemView = { id: item.id, stored, current: item, drift: stored.text === item.text ? 'same' : 'changed', answer: answers.get(item.id) };
		return reuseView(view, previous);
	});
	// Items the session reviewed that the standard has since dropped stay visible.
	const present = new Set(checklist.items.map((i) => i.id));
	for (const stored of Object.values(session.items)) {
		if (stored.standardSlug !== standard.slug || stored.checklistId !== checklist.id || present.has(stored.id)) continue;
		views.push(reuseView({ id: stored.id, stored, current: undefined, drift: 'removed', answer: answers.get(stored.id) }, previous));
	}
	return views;
}

export function workbookGroups(
	session: Session,
	standards: readonly StandardSummary[],
	answers: ReadonlyMap<string, Answer>,
	/** The last result's views by id, to keep the unchanged ones. */
	previous?: ReadonlyMap<string, ItemView>
): GroupView[] {
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
			items: checklistItems(session, standard, checklist, answers, previous)
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
