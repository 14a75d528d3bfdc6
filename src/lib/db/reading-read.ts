/**
 * Reading progress, read side. Apart from reading-repo (the writes, which
 * validate with zod): the reading pages load this once idle and ship no zod.
 */
import type { ReadingRow } from '$lib/review/stored-rows';
import { dbOf, type RepoOptions } from './repo-options';
import { sectionIdsBySlug } from './reading-keys';

/** Section ids of a standard marked as read. */
export async function readSections(standardSlug: string, options?: RepoOptions): Promise<string[]> {
	const rows = await readingRows(standardSlug, options);
	return rows.map((r) => r.sectionId);
}

/** Rows with their readAt, for "read on …". */
export function readingRows(standardSlug: string, options?: RepoOptions): Promise<ReadingRow[]> {
	return dbOf(options).reading.where('standardSlug').equals(standardSlug).toArray();
}

/**
 * Section ids read, by standard slug: the standards overview checks which of
 * a standard's current sections are read (a count alone would include
 * sections the standard no longer has). Primary keys only, no row values.
 */
export async function readSectionsBySlug(options?: RepoOptions): Promise<Record<string, string[]>> {
	return sectionIdsBySlug(await dbOf(options).reading.toCollection().primaryKeys());
}
