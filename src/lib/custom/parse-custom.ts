/**
 * A user's markdown → Standard, through the SAME pipeline as the bundled
 * standards (parseStandard + the one DOMPurify policy), with the browser's
 * DOMPurify. Loaded only with import(): pages without custom standards never
 * download marked and DOMPurify.
 */
import DOMPurify from 'dompurify';
import { ContentError } from '$lib/content/content-error';
import { parseStandard, toSummary } from '$lib/content/parse-standard';
import { createSanitizer, type Sanitize } from '$lib/content/sanitize';
import { sectionsHtml } from '$lib/content/sections-html';
import type { Standard, StandardSummary } from '$lib/content/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { checkComplexity } from './markdown-input';

let sanitizer: Sanitize | undefined;

/** The default export is bound to `window`; created once so the policy hook is installed once. */
function browserSanitizer(): Sanitize {
	sanitizer ??= createSanitizer(DOMPurify);
	return sanitizer;
}

export type ParsedCustom = { ok: true; standard: Standard } | { ok: false; message: string };

type Source = Pick<CustomStandardRow, 'slug' | 'title' | 'markdown'>;

/** Never throws: bad markdown becomes a message naming the line ("line 12: …"). */
export function parseCustomStandard(row: Source): ParsedCustom {
	// Stored before the limit existed, or restored: never let one standard stall every page.
	const tooComplex = checkComplexity(row.markdown);
	if (tooComplex) return { ok: false, message: tooComplex };
	try {
		const standard = parseStandard(row.markdown, { file: 'standard', slug: row.slug, source: 'custom', sanitize: browserSanitizer() });
		// The stored title wins over the document's: "rename" changes it without touching the markdown.
		return { ok: true, standard: row.title ? { ...standard, title: row.title } : standard };
	} catch (error) {
		if (error instanceof ContentError) return { ok: false, message: `Line ${error.line}: ${error.detail}` };
		return { ok: false, message: error instanceof Error ? error.message : 'The markdown could not be read.' };
	}
}

/** Summaries of the rows that parse; one broken standard must not hide the others. */
export function customSummaries(rows: readonly CustomStandardRow[]): StandardSummary[] {
	const summaries: StandardSummary[] = [];
	for (const row of rows) {
		const parsed = parseCustomStandard(row);
		if (parsed.ok) summaries.push(toSummary(parsed.standard));
	}
	return summaries;
}

/** Each section's HTML by id for an item's "Details"; fragments are sanitized again because splitting can leave tags open. */
export function customSectionsHtml(row: Source): Record<string, string> {
	const parsed = parseCustomStandard(row);
	if (!parsed.ok) return {};
	const sanitize = browserSanitizer();
	return Object.fromEntries(Object.entries(sectionsHtml(parsed.standard.html)).map(([id, html]) => [id, sanitize(html)]));
}
