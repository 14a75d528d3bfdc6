/**
 * Rows of the tables that are not review records. The schemas live in
 * $lib/review/stored-rows (pure: the backup envelope validates them too).
 */
export { customStandardRowSchema, readingRowSchema, type CustomStandardRow, type ReadingRow } from '$lib/review/stored-rows';
