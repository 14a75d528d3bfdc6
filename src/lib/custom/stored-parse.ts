/**
 * A custom standard is parsed once (when added, or on its first load after a
 * restore or a parser change) and the result stored on its row; every page
 * reads that result. Pure and light: no marked, no DOMPurify, no zod, so the
 * review pages load none of them for the user's standards.
 */
import type { Standard, StandardSummary } from '$lib/content/schema';
import type { CustomStandardRow, StoredParse } from '$lib/review/stored-rows';

/**
 * Bump when the parser's output changes (new fields, other ids, other HTML):
 * rows parsed by an older version are parsed again, once, on their next load.
 */
export const PARSER_VERSION = 1;

/** The row's stored result if this version of the parser made it; undefined: parse again. */
export function currentParse(row: Pick<CustomStandardRow, 'parsed'>): StoredParse | undefined {
	return row.parsed?.parser === PARSER_VERSION ? row.parsed : undefined;
}

export type CustomStandardView = { ok: true; standard: Standard } | { ok: false; message: string };

/** The whole standard from a stored result. The row's title wins over the document's: "rename" changes only the row. */
export function standardFromParse(row: Pick<CustomStandardRow, 'title'>, parsed: StoredParse): CustomStandardView {
	if ('error' in parsed) return { ok: false, message: parsed.error };
	const { summary, html, search } = parsed;
	return { ok: true, standard: { ...summary, ...(row.title ? { title: row.title } : {}), html, search } };
}

/** What a review needs, without the rendered body; undefined for a standard that could not be read. */
export function summaryFromParse(row: Pick<CustomStandardRow, 'title'>, parsed: StoredParse): StandardSummary | undefined {
	if ('error' in parsed) return undefined;
	return row.title ? { ...parsed.summary, title: row.title } : parsed.summary;
}
