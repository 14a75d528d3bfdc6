/**
 * The user's own standards read with a peek (raw IndexedDB, no Dexie), for
 * the Standards page's list. `unavailable` means: take the Dexie read
 * (custom-standards-read.ts); `empty`: there are none yet.
 */
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { byTitle } from './custom-standards-order';
import { peek, requestValue, type PeekOptions, type PeekResult } from './peek';

export function peekCustomStandards(options?: PeekOptions): Promise<PeekResult<CustomStandardRow[]>> {
	return peek(['customStandards'], async (tx) => ((await requestValue(tx.objectStore('customStandards').getAll())) as CustomStandardRow[]).sort(byTitle), options);
}
