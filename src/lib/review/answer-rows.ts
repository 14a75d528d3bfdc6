/**
 * Answer rows exist only once the user touched an item; a missing row means
 * "open" (item-model.ts reads it so). A row made for a first write starts here.
 */
import type { Answer } from './schema';

export function openAnswer(sessionId: string, itemId: string, now: string): Answer {
	return { sessionId, itemId, state: 'open', note: '', answer: '', updatedAt: now };
}
