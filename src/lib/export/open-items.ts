/**
 * Which items each export is made of, and which of those are still open, so
 * the export panel can say "N items still open" about the text it shows
 * rather than about the whole session.
 */
import type { ReviewItem } from '$lib/review/item-model';
import { tierBlocks } from './commit-body';
import { exportModel, type ExportInput } from './export-items';
import { shownGroups } from './pr-block';

export type ExportTextKind = 'commit' | 'pr-block' | 'review';

export interface ExportItemsOptions {
	/** PR Self-QA block only: whether the tier checks are included. */
	includeTierChecks?: boolean;
}

/** The items an export has a line for, in its order. */
export function exportItems(kind: ExportTextKind, input: ExportInput, options: ExportItemsOptions = {}): ReviewItem[] {
	if (kind === 'pr-block') return shownGroups(input, { includeTierChecks: options.includeTierChecks ?? false }).flatMap((c) => c.items);
	const model = exportModel(input);
	if (kind === 'review') return model.items;
	return tierBlocks(model).flatMap((b) => b.items);
}

/** The export's items nobody has answered yet. */
export function exportOpenItems(kind: ExportTextKind, input: ExportInput, options: ExportItemsOptions = {}): ReviewItem[] {
	return exportItems(kind, input, options).filter((i) => i.state === 'open');
}
