/**
 * The standards a review can use: the bundled ones (prerendered
 * /api/standards.json, precached for offline) and the user's own, parsed
 * in the browser. The parser is imported only when there is something to
 * parse, so most visitors never download marked and DOMPurify.
 */
import { z } from 'zod/mini';
import { standardSummarySchema, type StandardSummary } from '$lib/content/schema';
import { listCustomStandards } from '$lib/db/custom-standards-repo';

const catalogSchema = z.array(standardSummarySchema);

/** The user's own standards as summaries; [] if storage cannot be read (the bundled ones still work). */
export async function loadCustomSummaries(): Promise<StandardSummary[]> {
	try {
		const rows = await listCustomStandards();
		if (rows.length === 0) return [];
		const { customSummaries } = await import('./parse-custom');
		return customSummaries(rows);
	} catch {
		return [];
	}
}

/** Bundled, then custom. Throws if the bundled catalog cannot be fetched or is damaged. */
export async function loadAllStandards(fetchFn: typeof fetch = fetch): Promise<StandardSummary[]> {
	const response = await fetchFn('/api/standards.json');
	if (!response.ok) throw new Error(`The standards could not be loaded (HTTP ${response.status}).`);
	const bundled = catalogSchema.parse(await response.json());
	return [...bundled, ...(await loadCustomSummaries())];
}
