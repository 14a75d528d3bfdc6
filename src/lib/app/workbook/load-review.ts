/**
 * What a review page needs before it paints: the standards (bundled and the
 * user's own) and, when storage can be read without Dexie (a peek), the
 * review and its answers. With a snapshot the page paints without the
 * database code (issue 10's bytes budget); Dexie loads when the workbook
 * goes live (see WorkbookState). A peek that answers `empty` or
 * `unavailable` (no database yet, a schema to upgrade, any error) leaves
 * the page on the Dexie path, as before.
 */
import type { StandardSummary } from '$lib/content/schema';
import { mergeCatalog } from '$lib/custom/custom-slug';
import { customSummaries, loadBundledStandards } from '$lib/custom/standards-catalog';
import { peekReview } from '$lib/db/peek-review';
import { watchStoredChanges } from './review-changes';
import type { WorkbookSnapshot } from './workbook-state.svelte';

export interface ReviewPageData {
	id: string;
	standards: StandardSummary[];
	snapshot?: WorkbookSnapshot;
}

/** Throws (see loadBundledStandards) if the bundled catalog cannot be had. */
export async function loadReviewPage(id: string, fetchFn: typeof fetch): Promise<ReviewPageData> {
	// Listening before the peek: another tab's write after it is not missed.
	const changes = watchStoredChanges(['sessions', 'answers']);
	try {
		const [bundled, peeked] = await Promise.all([loadBundledStandards(fetchFn), peekReview(id)]);
		if (peeked.kind !== 'read') {
			changes.close();
			// The Dexie path: its read of the custom standards loads with it.
			const { loadCustomSummaries } = await import('$lib/custom/all-standards');
			return { id, standards: mergeCatalog(bundled, await loadCustomSummaries()) };
		}
		const { session, answers, customStandards } = peeked.value;
		// The custom ones the peek read; [] if they cannot be used (the bundled ones still work), as on the Dexie path.
		const custom = await customSummaries(customStandards).catch(() => []);
		return { id, standards: mergeCatalog(bundled, custom), snapshot: { session, answers, changes } };
	} catch (error) {
		changes.close();
		throw error;
	}
}
