/**
 * The standards a review can use: the bundled ones and the user's own, read
 * from the result stored when each was added (./stored-standards): no review
 * page parses markdown, and none downloads marked and DOMPurify for it.
 * The database-free parts are in ./standards-catalog.
 */
import type { StandardSummary } from '$lib/content/schema';
import { listCustomStandards } from '$lib/db/custom-standards-read';
import { mergeCatalog } from './custom-slug';
import { customSummaries, loadBundledStandards } from './standards-catalog';

export { loadBundledStandards };

/** The user's own standards as summaries; [] if storage cannot be read (the bundled ones still work). */
export async function loadCustomSummaries(): Promise<StandardSummary[]> {
	try {
		return await customSummaries(await listCustomStandards());
	} catch {
		return [];
	}
}

/** Bundled, then custom. Throws (see loadBundledStandards) if the bundled catalog cannot be had. */
export async function loadAllStandards(fetchFn: typeof fetch = fetch): Promise<StandardSummary[]> {
	return mergeCatalog(await loadBundledStandards(fetchFn), await loadCustomSummaries());
}
