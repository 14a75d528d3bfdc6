/**
 * The words of a review's notes and N/A reasons, as its session row keeps
 * them for the word index. Read in the caller's transaction (which must
 * include answers).
 */
import { answerWords } from '$lib/review/search-words';
import type { Answer } from '$lib/review/schema';
import type { ShipshapeDB } from './database';

export async function readNoteWords(db: ShipshapeDB, sessionId: string): Promise<string[]> {
	const texts: Pick<Answer, 'note' | 'reason'>[] = [];
	await db.answers.where('sessionId').equals(sessionId).each((a) => void ((a.note || a.reason) && texts.push(a)));
	return answerWords(texts);
}
