/**
 * Which items each export is made of, and which of those are still open, so
 * the export panel can say "N items still open" about the text it shows
 * rather than about the whole session.
 */
import type { UsedItem } from '$lib/review/schema';
import { answerLookup, itemGroups, type ExportInput } from './export-items';
import { shownGroups } from './pr-block';
import { foldLines } from './text';

export type ExportTextKind = 'commit' | 'pr-block' | 'review';

export interface ExportItemsOptions {
	/** PR Self-QA block only: whether the tier checks are included. */
	includeTierChecks?: boolean;
}

/** The items an export has a line for, in its order. */
export function exportItems(kind: ExportTextKind, input: ExportInput, options: ExportItemsOptions = {}): UsedItem[] {
	if (kind === 'pr-block') {
		return shownGroups(input, { includeTierChecks: options.includeTierChecks ?? false }).flatMap((g) => g.items);
	}
	const groups = itemGroups(input.session, input.standards).filter((g) => g.applies);
	if (kind === 'review') return groups.flatMap((g) => g.items);
	// The commit body lists the labelled checks of the applicable tiers only.
	return groups.filter((g) => g.tier !== undefined).flatMap((g) => g.items.filter((i) => foldLines(i.label ?? '') !== ''));
}

/** The export's items nobody has answered yet (no row, or state "open"). */
export function exportOpenItems(kind: ExportTextKind, input: ExportInput, options: ExportItemsOptions = {}): UsedItem[] {
	const answerOf = answerLookup(input.answers);
	return exportItems(kind, input, options).filter((i) => answerOf(i.id).state === 'open');
}
