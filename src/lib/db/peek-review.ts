/**
 * A review's first paint without Dexie: the session, its answer rows and the
 * user's own standards, read with raw IndexedDB calls in one readonly
 * transaction (see ./peek for when it answers `empty` or `unavailable`; the
 * page then takes its Dexie path). The rows are what the Dexie reads return:
 * getSession (without the derived index fields), the answers by the
 * `sessionId` index, and listCustomStandards' order.
 */
import type { Answer, Session } from '$lib/review/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { byTitle } from './custom-standards-order';
import { peek, requestValue, type PeekOptions, type PeekResult } from './peek';
import { toSession, type StoredSession } from './session-index';

export interface ReviewSnapshot {
	/** undefined: no review with this id in this browser. */
	session: Session | undefined;
	answers: Answer[];
	customStandards: CustomStandardRow[];
}

export function peekReview(id: string, options?: PeekOptions): Promise<PeekResult<ReviewSnapshot>> {
	return peek(
		['sessions', 'answers', 'customStandards'],
		async (tx) => {
			// Issued together, before any await: all three run in the one transaction.
			const [row, answers, customStandards] = await Promise.all([
				requestValue<StoredSession | undefined>(tx.objectStore('sessions').get(id)),
				requestValue<Answer[]>(tx.objectStore('answers').index('sessionId').getAll(id)),
				requestValue<CustomStandardRow[]>(tx.objectStore('customStandards').getAll())
			]);
			return { session: toSession(row), answers, customStandards: customStandards.sort(byTitle) };
		},
		options
	);
}
