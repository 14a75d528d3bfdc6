/**
 * Answer rows written before the database code was loaded (a tick made right
 * after the page painted from its peek), kept in localStorage until stored.
 * Loading that code takes a moment; a page left or closed in it would lose
 * the tick. The next workbook of the review stores what is still held (unless
 * a newer row was stored since). A synchronous write, like a draft.
 */
import type { Answer } from '$lib/review/schema';
import { clearDraft, draftKey, draftKeysUnder, readDraft, writeDraft } from '$lib/app/drafts';

const prefix = (sessionId: string): string => draftKey(sessionId, 'pending', '');
const keyOf = (row: Pick<Answer, 'sessionId' | 'itemId'>): string => prefix(row.sessionId) + row.itemId;

export function holdPending(row: Answer): void {
	writeDraft(keyOf(row), JSON.stringify(row));
}

/** Forgets the held row once it is stored, unless a later one replaced it meanwhile. */
export function releasePending(row: Answer): void {
	const key = keyOf(row);
	if (readDraft(key) === JSON.stringify(row)) clearDraft(key);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The rows held for a review. Only their keys are checked here: the write validates each row (a broken one fails there, shown, and is kept). */
export function pendingRows(sessionId: string): Answer[] {
	const rows: Answer[] = [];
	for (const key of draftKeysUnder(prefix(sessionId))) {
		try {
			const row: unknown = JSON.parse(readDraft(key) ?? '');
			if (isRecord(row) && row.sessionId === sessionId && typeof row.itemId === 'string' && key === keyOf(row as Answer)) rows.push(row as unknown as Answer);
			else clearDraft(key);
		} catch {
			clearDraft(key);
		}
	}
	return rows;
}
