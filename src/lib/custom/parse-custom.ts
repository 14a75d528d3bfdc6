/**
 * A user's markdown → Standard, through the SAME pipeline as the bundled
 * standards (parseStandard + the one DOMPurify policy), with the browser's
 * DOMPurify. Loaded only with import(), and only when a standard is added
 * or a stored result is missing or stale (see ./stored-parse): the pages
 * that read stored results never download marked and DOMPurify.
 */
import { ContentError } from '$lib/content/content-error';
import { parseStandard } from '$lib/content/parse-standard';
import type { Standard } from '$lib/content/schema';
import type { CustomStandardRow, StoredParse } from '$lib/review/stored-rows';
import { browserSanitizer } from './browser-sanitizer';
import { checkComplexity } from './markdown-input';
import { PARSER_VERSION } from './stored-parse';

/**
 * The longest a parse may take. The complexity limits (markdown-input.ts) keep
 * a 1 MB standard well under it on a laptop; this catches what they do not
 * foresee (and slow phones) with a message instead of a frozen page.
 */
export const PARSE_BUDGET_MS = 5_000;

export type ParsedCustom = { ok: true; standard: Standard } | { ok: false; message: string };

type Source = Pick<CustomStandardRow, 'slug' | 'markdown'>;

/** A checkpoint for parseStandard that throws once `budgetMs` has passed since it was made. */
export function deadline(budgetMs: number, now: () => number = () => performance.now()): (step: string) => void {
	const start = now();
	return (step) => {
		const spent = now() - start;
		if (spent > budgetMs) {
			throw new Error(
				`It took more than ${budgetMs / 1000} seconds to read (stopped at: ${step}). Split it into smaller standards, or use less raw HTML and fewer checklist items.`
			);
		}
	};
}

/** Never throws: bad markdown becomes a message naming the line ("Line 12: …"). */
export function parseCustomStandard(row: Source, budgetMs: number = PARSE_BUDGET_MS): ParsedCustom {
	// Stored before the limit existed, or restored: never let one standard stall every page.
	const tooComplex = checkComplexity(row.markdown);
	if (tooComplex) return { ok: false, message: tooComplex };
	try {
		const checkpoint = deadline(budgetMs);
		return { ok: true, standard: parseStandard(row.markdown, { file: 'standard', slug: row.slug, source: 'custom', sanitize: browserSanitizer(), checkpoint }) };
	} catch (error) {
		if (error instanceof ContentError) return { ok: false, message: `Line ${error.line}: ${error.detail}` };
		return { ok: false, message: error instanceof Error ? error.message : 'The markdown could not be read.' };
	}
}

/** What is stored on the row: the result without the document's title override (the row's title is applied on read). */
export function toStoredParse(parsed: ParsedCustom): StoredParse {
	if (!parsed.ok) return { parser: PARSER_VERSION, error: parsed.message };
	const { html, search, ...summary } = parsed.standard;
	return { parser: PARSER_VERSION, summary, html, search };
}

export const parseForStorage = (row: Source, budgetMs?: number): StoredParse => toStoredParse(parseCustomStandard(row, budgetMs));
