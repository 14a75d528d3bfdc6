/**
 * What changed in the standards since a session was made. The session keeps
 * showing and exporting its stored text; this only lets the UI say "this item
 * was reworded / removed / there are new checks".
 */
import type { ChecklistItem, StandardSummary } from '$lib/content/schema';
import type { Session, UsedItem } from './schema';
import { toUsedItem } from './session-items';
import { scopedKey } from './tiers';

export interface ChangedItem {
	id: string;
	/** What the session stored (and keeps using). */
	stored: UsedItem;
	/** What the standard says now. */
	current: UsedItem;
	/** Which fields differ. */
	fields: Array<'text' | 'label' | 'priority' | 'tier' | 'checklist'>;
}

export interface AddedItem {
	standardSlug: string;
	checklistId: string;
	item: ChecklistItem;
}

export interface ContentDrift {
	changed: ChangedItem[];
	/** Stored items whose id the current content no longer has. */
	removed: UsedItem[];
	/** Items of the session's chosen checklists the session does not have. */
	added: AddedItem[];
	/** Standards the session used whose version differs now (or that are gone). */
	changedStandards: string[];
	/** Slugs of standards the session used that are not loaded at all. */
	missingStandards: string[];
	hasDrift: boolean;
}

function diffFields(stored: UsedItem, current: UsedItem): ChangedItem['fields'] {
	const fields: ChangedItem['fields'] = [];
	if (stored.text !== current.text) fields.push('text');
	if (stored.label !== current.label) fields.push('label');
	if (stored.priority !== current.priority) fields.push('priority');
	if (stored.tier !== current.tier) fields.push('tier');
	if (stored.checklistId !== current.checklistId) fields.push('checklist');
	return fields;
}

/** Current content of every item of the given standards, by id. */
function currentItems(standards: readonly StandardSummary[]): Map<string, UsedItem> {
	const map = new Map<string, UsedItem>();
	for (const s of standards) for (const c of s.checklists) for (const i of c.items) map.set(i.id, toUsedItem(s, c, i));
	return map;
}

function addedItems(session: Pick<Session, 'checklists' | 'items'>, standards: readonly StandardSummary[]): AddedItem[] {
	const added: AddedItem[] = [];
	for (const s of standards) {
		for (const c of s.checklists) {
			if (!session.checklists.includes(scopedKey(s.slug, c.id))) continue;
			for (const item of c.items) if (!session.items[item.id]) added.push({ standardSlug: s.slug, checklistId: c.id, item });
		}
	}
	return added;
}

export function contentDrift(session: Pick<Session, 'checklists' | 'items' | 'contentVersions'>, standards: readonly StandardSummary[]): ContentDrift {
	const loaded = new Map(standards.map((s) => [s.slug, s]));
	const current = currentItems(standards);
	const changed: ChangedItem[] = [];
	const removed: UsedItem[] = [];
	const missing = new Set<string>();
	for (const stored of Object.values(session.items)) {
		// A standard that is not loaded says nothing about its items: report the standard, not each item as removed.
		if (!loaded.has(stored.standardSlug)) {
			missing.add(stored.standardSlug);
			continue;
		}
		const now = current.get(stored.id);
		if (!now) {
			removed.push(stored);
			continue;
		}
		const fields = diffFields(stored, now);
		if (fields.length) changed.push({ id: stored.id, stored, current: now, fields });
	}
	for (const slug of Object.keys(session.contentVersions)) if (!loaded.has(slug)) missing.add(slug);
	const changedStandards = Object.entries(session.contentVersions)
		.filter(([slug, version]) => loaded.get(slug)?.version !== version)
		.map(([slug]) => slug);
	const added = addedItems(session, standards);
	const hasDrift = changed.length > 0 || removed.length > 0 || added.length > 0 || missing.size > 0;
	return { changed, removed, added, changedStandards, missingStandards: [...missing], hasDrift };
}

/** Drift of one item, for a badge next to it. */
export function itemDrift(drift: ContentDrift, itemId: string): 'changed' | 'removed' | undefined {
	if (drift.changed.some((c) => c.id === itemId)) return 'changed';
	if (drift.removed.some((r) => r.id === itemId)) return 'removed';
	return undefined;
}
