/**
 * The parts of the standards catalog that need no database: the bundled
 * standards (prerendered /api/standards.json, precached for offline) and the
 * summaries of custom standard rows however they were read (Dexie in
 * all-standards, a peek on the home page, which then loads no Dexie).
 */
import { base } from '$app/paths';
import type { StandardSummary } from '$lib/content/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { summaryFromParse } from './stored-parse';
import { withStoredParses } from './stored-standards';

/** The summaries of the user's own standards, from their rows as stored. */
export async function customSummaries(rows: readonly CustomStandardRow[]): Promise<StandardSummary[]> {
	if (rows.length === 0) return [];
	// One broken standard must not hide the others: it is left out (its page says what is wrong).
	return (await withStoredParses(rows)).flatMap(({ row, parsed }) => summaryFromParse(row, parsed) ?? []);
}

function isSummaryShaped(value: unknown): value is StandardSummary {
	const s = value as Partial<Record<keyof StandardSummary, unknown>> | null;
	return typeof s === 'object' && s !== null && typeof s.slug === 'string' && Array.isArray(s.checklists) && Array.isArray(s.tiers);
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
	// The catalog is this build's own file, validated with zod when it was built (and precached with the
	// code that reads it): a read path ships no zod. A wrong shape here is a truncated or foreign response.
	if (!Array.isArray(body) || !body.every(isSummaryShaped)) {
		throw new Error('The bundled standards are damaged. Reload the page to fetch them again.');
	}
	return body;
}
