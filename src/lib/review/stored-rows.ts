/**
 * Rows of the tables that are not review records (those are in ./schema).
 * Here, not in $lib/db, because pure modules (the backup envelope) validate
 * them too. zod/mini: checked in the browser.
 */
import { z } from 'zod/mini';
import { searchEntrySchema, standardSummarySchema } from '$lib/content/schema';
import { isoDateSchema } from './schema';

/** Reading progress: one row per section the reader marked as read. */
export const readingRowSchema = z.object({
	standardSlug: z.string().check(z.minLength(1)),
	sectionId: z.string().check(z.minLength(1)),
	readAt: isoDateSchema
});
export type ReadingRow = z.infer<typeof readingRowSchema>;

/**
 * A user-added standard as it travels in a backup: the markdown as given.
 * Anything else a backup row carries (a forged `parsed` with its HTML) is
 * dropped by this schema: a restore parses the markdown itself.
 */
export const customStandardSourceSchema = z.object({
	slug: z.string().check(z.minLength(1)),
	title: z.string(),
	markdown: z.string(),
	createdAt: isoDateSchema,
	updatedAt: isoDateSchema
});
export type CustomStandardSource = z.infer<typeof customStandardSourceSchema>;

/**
 * The markdown parsed once, by this browser, when it was added (or first
 * loaded after a restore or a parser change): what the review pages and the
 * reading page use without parsing again. `parser` is the parser version that
 * made it (PARSER_VERSION in $lib/custom/stored-parse); an older one is parsed
 * again. A standard that cannot be read keeps its message, so a broken one
 * is not parsed again on every page either.
 */
export const storedParseSchema = z.union([
	z.object({ parser: z.number(), summary: standardSummarySchema, html: z.string(), search: z.array(searchEntrySchema) }),
	z.object({ parser: z.number(), error: z.string() })
]);
export type StoredParse = z.infer<typeof storedParseSchema>;

/** A stored custom standard: its source and, once parsed, the result (never from a backup). */
export const customStandardRowSchema = z.extend(customStandardSourceSchema, { parsed: z.optional(storedParseSchema) });
export type CustomStandardRow = z.infer<typeof customStandardRowSchema>;
