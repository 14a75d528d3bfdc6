/**
 * Reading progress by standard from the `reading` store's primary keys
 * ([standardSlug, sectionId]): one rule for the Dexie read and the raw peek.
 */
export type ReadingKey = readonly [standardSlug: string, sectionId: string];

/** Section ids read, by standard slug, in key order. */
export function sectionIdsBySlug(keys: Iterable<ReadingKey>): Record<string, string[]> {
	const bySlug: Record<string, string[]> = {};
	for (const [slug, sectionId] of keys) (bySlug[slug] ??= []).push(sectionId);
	return bySlug;
}
