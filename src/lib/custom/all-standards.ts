/**
 * The standards a review can use: the bundled ones (prerendered
 * /api/standards.json, precached for offline) and the user's own, parsed
 * in the browser. The parser is imported only when there is something to
 * parse, so most visitors never download marked and DOMPurify.
 */
import { base } from '$app/paths';
import { z } from 'zod/mini';
import { standardSummarySchema, type StandardSummary } from '$lib/content/schema';
import { listCustomStandards } from '$lib/db/custom-standards-repo';
import { mergeCatalog } from './custom-slug';

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

/** The bundled standards; throws an Error whose message tells the user what to do. */
export async function loadBundledStandards(fetchFn: typeof fetch = fetch): Promise<StandardSummary[]> {
	let body: unknown;
	try {
		const response = await fetchFn(`${base}/api/standards.json`);
		if (!response.ok) throw new Error(String(response.status));
		body = await response.json();
	} catch {
		throw new Error('The standards could not be loaded. Reload the page; if you are offline, open Shipshape once online first.');
	}
	const parsed = catalogSchema.safeParse(body);
	if (!parsed.success) throw new Error('The bundled standards are damaged. Reload the page to fetch them again.');
	return parsed.data;
}

/** Bundled, then custom. Throws (see loadBundledStandards) if the bundled catalog cannot be had. */
export async function loadAllStandards(fetchFn: typeof fetch = fetch): Promise<StandardSummary[]> {
	return mergeCatalog(await loadBundledStandards(fetchFn), await loadCustomSummaries());
}
