/**
 * THE item model: given a session, its answer rows and the current
 * standards, the items the review counts, grouped by checklist, each with
 * its state, note, answer, priority and drift, plus every count. Workbook
 * rows, progress bars, completion, the three exports, the drift notice and
 * the PR gate all read this; nothing else decides which items apply or how
 * they are counted.
 *
 * Texts come from the session (what the user reviewed), never from today's
 * standard, so an old review exports the same words after the standard
 * changes; the standards decide order, titles and which tiers apply.
 */
import type { Checklist, ChecklistItem, StandardSummary, TierNumber } from '$lib/content/schema';
import type { Answer, AnswerState, Session, UsedItem } from './schema';
import { countState, isFinished, needsWork, zeroCounts, type ProgressCounts } from './item-counts';
import { driftOf, summarizeDrift, type DriftField, type DriftSummary, type ItemDrift } from './item-drift';
import { locateItems, placeItems, toUsedItem, type LocatedItem, type PlacedChecklist } from './item-placement';
import { scopedKey } from './tiers';
import { noteAndReason } from './na';

export type { DriftField, DriftSummary, ItemDrift, ProgressCounts };

export interface ReviewItem {
	id: string;
	/** What the review shows and exports: the stored item, or today's for an item new since. */
	item: UsedItem;
	/** Today's item, when the standard still has it (formatting, suggestions, details). */
	current: ChecklistItem | undefined;
	drift: ItemDrift;
	/** What differs between the stored item and today's (empty unless reworded or moved). */
	changes: readonly DriftField[];
	state: AnswerState;
	/** Free note (kept when the item is marked N/A). */
	note: string;
	/** Why the check does not apply; '' unless the item is or was N/A. */
	reason: string;
	/** Commit-message answer of a labelled check. */
	answer: string;
	/** The stored answer row; undefined until the item was first touched. */
	row: Answer | undefined;
}

export interface ReviewChecklist {
	key: string;
	standardSlug: string;
	checklistId: string;
	/** The standard's title for it; its id when the standard no longer has it. */
	title: string;
	tier: TierNumber | undefined;
	checklist: Checklist | undefined;
	items: ReviewItem[];
	counts: ProgressCounts;
}

/** The checklists of one standard and tier (or the standard's untiered ones). */
export interface ReviewGroup {
	key: string;
	standardSlug: string;
	standardTitle: string;
	/** Undefined when the standard is no longer loaded. */
	standard: StandardSummary | undefined;
	tier: TierNumber | undefined;
	checklists: ReviewChecklist[];
	counts: ProgressCounts;
}

export interface ReviewCounts {
	overall: ProgressCounts;
	/** By `${standardSlug}/${checklistId}`. */
	byChecklist: Record<string, ProgressCounts>;
	/** By `${standardSlug}/${tier}`: tier checklists only. */
	byTier: Record<string, ProgressCounts>;
	byStandard: Record<string, ProgressCounts>;
}

export interface ReviewModel {
	groups: ReviewGroup[];
	/** Every applicable item in display order. */
	items: ReviewItem[];
	counts: ReviewCounts;
	/** P0 items that still need work (open or failed): they block the PR. */
	blocking: ReviewItem[];
	/** Every applicable item done or N/A. */
	complete: boolean;
	drift: DriftSummary;
}

export type ReviewScope = Pick<Session, 'checklists' | 'triggers' | 'tierOverrides' | 'items' | 'contentVersions'>;

export const tierKey = (standardSlug: string, tier: TierNumber): string => scopedKey(standardSlug, tier);

const sameRow = (a: Answer | undefined, b: Answer | undefined): boolean =>
	a === b || (!!a && !!b && a.state === b.state && a.note === b.note && a.reason === b.reason && a.answer === b.answer && a.updatedAt === b.updatedAt);

const sameItem = (a: UsedItem, b: UsedItem): boolean =>
	a === b || (a.text === b.text && a.label === b.label && a.priority === b.priority && a.tier === b.tier && a.checklistId === b.checklistId);

/**
 * The previous object of an item when nothing it shows changed: every query
 * returns fresh rows, and keeping the old object lets a tick re-render one
 * workbook row instead of all of them.
 */
function reuse(next: ReviewItem, previous: ReadonlyMap<string, ReviewItem> | undefined): ReviewItem {
	const old = previous?.get(next.id);
	if (!old) return next;
	const same = old.current === next.current && old.drift === next.drift && sameItem(old.item, next.item) && sameRow(old.row, next.row);
	return same ? old : next;
}

type Entry = PlacedChecklist['entries'][number];

/** An entry's item id: the stored item's, or today's for an item new since (placeItems yields one or both). */
const entryId = (entry: Entry): string => entry.stored?.id ?? entry.located!.item.id;

/** A missing answer row is an open item. */
const stateOf = (row: Answer | undefined): AnswerState => row?.state ?? 'open';

const rowsById = (answers: readonly Answer[] | ReadonlyMap<string, Answer>): ReadonlyMap<string, Answer> =>
	answers instanceof Map ? answers : new Map((answers as readonly Answer[]).map((a) => [a.itemId, a]));

/** The checklists a review counts: chosen, placed by the rule in item-placement, and applying. */
const countedChecklists = (session: ReviewScope, standards: readonly StandardSummary[], located: ReadonlyMap<string, LocatedItem>): PlacedChecklist[] =>
	placeItems(session, standards, located).filter((placed) => placed.applies);

function reviewItem(entry: Entry, rows: ReadonlyMap<string, Answer>, standardLoaded: boolean): ReviewItem {
	const { stored, located } = entry;
	const item = stored ?? toUsedItem(located!.standard, located!.checklist, located!.item);
	const row = rows.get(entryId(entry));
	const { drift, changes } = driftOf(stored, located, standardLoaded);
	const { note, reason } = noteAndReason(row);
	return { id: item.id, item, current: located?.item, drift, changes, state: stateOf(row), note, reason, answer: row?.answer ?? '', row };
}

function bucket(map: Record<string, ProgressCounts>, key: string): ProgressCounts {
	return (map[key] ??= zeroCounts());
}

function toChecklist(placed: PlacedChecklist, rows: ReadonlyMap<string, Answer>, previous: ReadonlyMap<string, ReviewItem> | undefined): ReviewChecklist {
	const items = placed.entries.map((e) => reuse(reviewItem(e, rows, placed.standard !== undefined), previous));
	const counts = zeroCounts();
	for (const i of items) countState(counts, i.state);
	const { key, standardSlug, checklistId, tier, checklist } = placed;
	return { key, standardSlug, checklistId, title: checklist?.title ?? checklistId, tier, checklist, items, counts };
}

function groupFor(groups: ReviewGroup[], placed: PlacedChecklist): ReviewGroup {
	const key = `${placed.standardSlug}/tier-${placed.tier ?? 0}`;
	let group = groups.find((g) => g.key === key);
	if (!group) {
		const standardTitle = placed.standard?.title ?? placed.standardSlug;
		group = { key, standardSlug: placed.standardSlug, standardTitle, standard: placed.standard, tier: placed.tier, checklists: [], counts: zeroCounts() };
		groups.push(group);
	}
	return group;
}

export function reviewModel(
	session: ReviewScope,
	answers: readonly Answer[] | ReadonlyMap<string, Answer>,
	standards: readonly StandardSummary[],
	/** The last model's items by id, to keep the objects of unchanged ones. */
	previous?: ReadonlyMap<string, ReviewItem>
): ReviewModel {
	const rows = rowsById(answers);
	const groups: ReviewGroup[] = [];
	const counts: ReviewCounts = { overall: zeroCounts(), byChecklist: {}, byTier: {}, byStandard: {} };
	for (const placed of countedChecklists(session, standards, locateItems(standards))) {
		const checklist = toChecklist(placed, rows, previous);
		if (checklist.items.length === 0) continue;
		const group = groupFor(groups, placed);
		group.checklists.push(checklist);
		counts.byChecklist[checklist.key] = checklist.counts;
		for (const { state } of checklist.items) {
			countState(group.counts, state);
			countState(counts.overall, state);
			countState(bucket(counts.byStandard, placed.standardSlug), state);
			if (placed.tier !== undefined) countState(bucket(counts.byTier, tierKey(placed.standardSlug, placed.tier)), state);
		}
	}
	const items = groups.flatMap((g) => g.checklists.flatMap((c) => c.items));
	return {
		groups,
		items,
		counts,
		blocking: items.filter((i) => i.item.priority === 'P0' && needsWork(i.state)),
		complete: isFinished(counts.overall),
		drift: summarizeDrift(session, items, standards)
	};
}

/** Where today's items are, per standards array: the list counts many reviews against one catalog (never changed in place). */
const locatedCache = new WeakMap<readonly StandardSummary[], Map<string, LocatedItem>>();

function locatedIn(standards: readonly StandardSummary[]): Map<string, LocatedItem> {
	let located = locatedCache.get(standards);
	if (!located) locatedCache.set(standards, (located = locateItems(standards)));
	return located;
}

/**
 * `reviewModel(...).counts.overall` without building the items, groups and
 * drift (the sessions list shows it per row): the same checklists, the same
 * items and the same states, from the same functions.
 */
export function reviewCounts(session: ReviewScope, answers: readonly Answer[] | ReadonlyMap<string, Answer>, standards: readonly StandardSummary[]): ProgressCounts {
	const rows = rowsById(answers);
	const counts = zeroCounts();
	for (const placed of countedChecklists(session, standards, locatedIn(standards))) {
		for (const entry of placed.entries) countState(counts, stateOf(rows.get(entryId(entry))));
	}
	return counts;
}

/** Case-insensitive match on the item's text, label, note and answer (the workbook's item search). */
export function matchesItemQuery(item: ReviewItem, query: string): boolean {
	const q = query.trim().toLowerCase();
	if (!q) return true;
	return [item.item.text, item.item.label ?? '', item.note, item.reason, item.answer].some((s) => s.toLowerCase().includes(q));
}
