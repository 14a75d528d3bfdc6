/**
 * Rows of the tables that are not review records (those are in ./schema).
 * Here, not in $lib/db, because pure modules (the backup envelope) validate
 * them too. zod/mini: checked in the browser.
 */
import { z } from 'zod/mini';
import { isoDateSchema } from './schema';

/** Reading progress: one row per section the reader marked as read. */
export const readingRowSchema = z.object({
	standardSlug: z.string().check(z.minLength(1)),
	sectionId: z.string().check(z.minLength(1)),
	readAt: isoDateSchema
});
export type ReadingRow = z.infer<typeof readingRowSchema>;

/**
 * A user-added standard: the markdown as given, parsed again on load by the
 * content pipeline (so a better parser improves old imports too).
 */
export const customStandardRowSchema = z.object({
	slug: z.string().check(z.minLength(1)),
	title: z.string(),
	markdown: z.string(),
	createdAt: isoDateSchema,
	updatedAt: isoDateSchema
});
export type CustomStandardRow = z.infer<typeof customStandardRowSchema>;
