/**
 * The home list's first page read with raw IndexedDB calls (./peek), so the
 * home page paints its reviews without loading Dexie. Exactly what the
 * Dexie path (session-list-repo's listSessionsPage with the list's default
 * request: no search, any role, not archived, newest change first, 50 rows)
 * shows, and what the rows' progress needs: their answers and the user's own
 * standards. Anything else the list does (search, filters, sorting, more
 * rows, writes, live updates) goes through Dexie.
 */
import type { Answer, Session } from '$lib/review/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { DEFAULT_STATUS, matchesFilter } from '$lib/review/sessions-query';
import { byTitle } from './custom-standards-order';
import { peek, requestValue, type PeekOptions, type PeekResult } from './peek';
import { toSession, type StoredSession } from './session-index';
import { SCAN_CAP } from './session-list-scan';

export interface ListPeek {
	/** The first page, newest change first, archived reviews left out. */
	sessions: Session[];
	/** Another page follows. */
	hasMore: boolean;
	/** The answers of the page's reviews. */
	answers: Answer[];
	customStandards: CustomStandardRow[];
}

const STORES = ['sessions', 'answers', 'customStandards'];

/**
 * Walks the `updatedAt` index newest first until `want` rows pass the
 * default filter. Undefined past SCAN_CAP rows (a store of almost only
 * archived reviews): the Dexie path's index queries answer that better.
 */
function firstRows(tx: IDBTransaction, want: number): Promise<StoredSession[] | undefined> {
	return new Promise((resolve, reject) => {
		const rows: StoredSession[] = [];
		let scanned = 0;
		const request = tx.objectStore('sessions').index('updatedAt').openCursor(null, 'prev');
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const cursor = request.result;
			if (!cursor) return resolve(rows);
			const row = cursor.value as StoredSession;
			scanned++;
			if (matchesFilter(row, { status: DEFAULT_STATUS }) && rows.push(row) === want) return resolve(rows);
			if (scanned >= Math.max(SCAN_CAP, want * 8)) return resolve(undefined);
			cursor.continue();
		};
	});
}

async function readFirstPage(tx: IDBTransaction, limit: number): Promise<ListPeek | undefined> {
	const found = await firstRows(tx, limit + 1);
	if (!found) return undefined;
	const rows = found.slice(0, limit);
	const byReview = tx.objectStore('answers').index('sessionId');
	const [answerLists, customStandards] = await Promise.all([
		Promise.all(rows.map((r) => requestValue<Answer[]>(byReview.getAll(r.id)))),
		requestValue<CustomStandardRow[]>(tx.objectStore('customStandards').getAll())
	]);
	return {
		sessions: rows.map((r) => toSession(r)),
		hasMore: found.length > limit,
		answers: answerLists.flat(),
		customStandards: customStandards.sort(byTitle)
	};
}

/** The list's first `limit` rows (default page: 50) and what their progress needs, without Dexie. */
export async function peekSessionList(limit = 50, options?: PeekOptions): Promise<PeekResult<ListPeek>> {
	const result = await peek(STORES, (tx) => readFirstPage(tx, limit), options);
	if (result.kind !== 'read') return result;
	return result.value ? { kind: 'read', value: result.value } : { kind: 'unavailable' };
}

/** Whether any review is stored (one key read), without Dexie. */
export function peekHasSessions(options?: PeekOptions): Promise<PeekResult<boolean>> {
	return peek(['sessions'], async (tx) => (await requestValue(tx.objectStore('sessions').openKeyCursor())) !== null, options);
}
