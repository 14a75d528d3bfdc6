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

export { readingRows, readSections, readSectionsBySlug } from './reading-read';
