/**
 * Reading progress: which sections of a standard the reader marked as read.
 */
import { readingRowSchema, type ReadingRow } from '$lib/review/stored-rows';
import { validate } from './validate';
import { dbOf, nowOf, writeTransaction, type RepoOptions } from './write';

export async function markSectionRead(standardSlug: string, sectionId: string, options?: RepoOptions): Promise<ReadingRow> {
	const row = validate(readingRowSchema, { standardSlug, sectionId, readAt: nowOf(options) }, 'reading progress');
	const db = dbOf(options);
	return writeTransaction(db, [db.reading], async () => {
		// Keep the first readAt: marking again must not move "read on" forward.
		const existing = await db.reading.get([standardSlug, sectionId]);
		if (existing) return existing;
		await db.reading.put(row);
		return row;
	});
}

export async function markSectionUnread(standardSlug: string, sectionId: string, options?: RepoOptions): Promise<void> {
	const db = dbOf(options);
	await writeTransaction(db, [db.reading], () => db.reading.delete([standardSlug, sectionId]));
}

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
	const keys = await dbOf(options).reading.toCollection().primaryKeys();
	const bySlug: Record<string, string[]> = {};
	for (const [slug, sectionId] of keys) (bySlug[slug] ??= []).push(sectionId);
	return bySlug;
}
