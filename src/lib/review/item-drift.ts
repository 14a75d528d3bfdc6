/**
 * What changed in the standards since a review stored its items. The review
 * keeps showing and exporting its stored text; drift only lets the UI say
 * "reworded", "moved", "removed" or "new", and the notice count them.
 */
import type { StandardSummary } from '$lib/content/schema';
import type { Session, UsedItem } from './schema';
import { toUsedItem, type LocatedItem } from './item-placement';

/**
 * unchanged: as stored (or the standard is no longer loaded, which says
 * nothing about its items); reworded: text, label or priority differ;
 * moved: the standard lists it under another checklist or tier; removed: the
 * standard no longer has it; new: the standard added it since.
 */
export type ItemDrift = 'unchanged' | 'reworded' | 'moved' | 'removed' | 'new';
export type DriftField = 'text' | 'label' | 'priority' | 'checklist' | 'tier';

export interface DriftSummary {
	reworded: number;
	moved: number;
	removed: number;
	new: number;
	/** Standards the review used whose version differs now. */
	changedStandards: string[];
	/** Standards the review used that are not loaded at all (a custom standard deleted since). */
	missingStandards: string[];
	/** Any item drift, or a standard gone. */
	hasDrift: boolean;
}

function diffFields(stored: UsedItem, current: UsedItem): DriftField[] {
	const fields: DriftField[] = [];
	if (stored.text !== current.text) fields.push('text');
	if (stored.label !== current.label) fields.push('label');
	if (stored.priority !== current.priority) fields.push('priority');
	if (stored.checklistId !== current.checklistId) fields.push('checklist');
	if (stored.tier !== current.tier) fields.push('tier');
	return fields;
}

export function driftOf(
	stored: UsedItem | undefined,
	located: LocatedItem | undefined,
	standardLoaded: boolean
): { drift: ItemDrift; changes: DriftField[] } {
	if (!stored) return { drift: 'new', changes: [] };
	if (!located) return { drift: standardLoaded ? 'removed' : 'unchanged', changes: [] };
	const changes = diffFields(stored, toUsedItem(located.standard, located.checklist, located.item));
	if (changes.includes('checklist') || changes.includes('tier')) return { drift: 'moved', changes };
	return { drift: changes.length ? 'reworded' : 'unchanged', changes };
}

export function summarizeDrift(
	session: Pick<Session, 'items' | 'contentVersions'>,
	items: readonly { drift: ItemDrift }[],
	standards: readonly StandardSummary[]
): DriftSummary {
	const count = (drift: ItemDrift): number => items.filter((i) => i.drift === drift).length;
	const loaded = new Map(standards.map((s) => [s.slug, s]));
	const used = new Set([...Object.keys(session.contentVersions), ...Object.values(session.items).map((i) => i.standardSlug)]);
	const missingStandards = [...used].filter((slug) => !loaded.has(slug));
	const changedStandards = Object.entries(session.contentVersions)
		.filter(([slug, version]) => loaded.has(slug) && loaded.get(slug)?.version !== version)
		.map(([slug]) => slug);
	const summary = { reworded: count('reworded'), moved: count('moved'), removed: count('removed'), new: count('new') };
	const hasDrift = summary.reworded + summary.moved + summary.removed + summary.new > 0 || missingStandards.length > 0;
	return { ...summary, changedStandards, missingStandards, hasDrift };
}
