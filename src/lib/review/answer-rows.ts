/**
 * Answer rows exist only once the user touched an item; a missing row means
 * "open" (item-model.ts reads it so). A row made for a first write starts here.
 */
import type { Answer } from './schema';

export function openAnswer(sessionId: string, itemId: string, now: string): Answer {
	return { sessionId, itemId, state: 'open', note: '', answer: '', updatedAt: now };
}

/** The row this tab wrote last, unless the stored one is newer (another tab's, or the read-back of it). */
export function latestRow(stored: Answer | undefined, written: Answer | undefined): Answer | undefined {
	if (written && (!stored || stored.updatedAt <= written.updatedAt)) return written;
	return stored;
}

/**
 * The answers as the user sees them now: the stored rows with this tab's
 * writes still on their way to storage laid over them (an export clicked
 * right after a tick or a note holds it).
 */
export function withWrittenRows(stored: readonly Answer[], written: ReadonlyMap<string, Answer>): Answer[] {
	if (written.size === 0) return [...stored];
	const out = stored.map((row) => latestRow(row, written.get(row.itemId)) ?? row);
	const storedIds = new Set(stored.map((row) => row.itemId));
	for (const [itemId, row] of written) if (!storedIds.has(itemId)) out.push(row);
	return out;
}
