/**
 * Reading progress read with a peek (raw IndexedDB, no Dexie): the reading
 * pages show what is read without loading Dexie. `unavailable` means: take
 * the Dexie read (reading-read.ts); `empty`: nothing is read yet.
 */
import { peek, requestValue, type PeekOptions, type PeekResult } from './peek';
import { sectionIdsBySlug, type ReadingKey } from './reading-keys';

const STORE = 'reading';

/** Section ids of a standard marked as read (as readSections). */
export function peekReadSections(standardSlug: string, options?: PeekOptions): Promise<PeekResult<string[]>> {
	return peek(
		[STORE],
		async (tx) => {
			// An index's getAllKeys answers the primary keys: no row values are read.
			const keys = await requestValue(tx.objectStore(STORE).index('standardSlug').getAllKeys(standardSlug));
			return (keys as unknown as ReadingKey[]).map(([, sectionId]) => sectionId);
		},
		options
	);
}

/** Section ids read, by standard slug (as readSectionsBySlug). */
export function peekReadSectionsBySlug(options?: PeekOptions): Promise<PeekResult<Record<string, string[]>>> {
	return peek([STORE], async (tx) => sectionIdsBySlug((await requestValue(tx.objectStore(STORE).getAllKeys())) as unknown as ReadingKey[]), options);
}
