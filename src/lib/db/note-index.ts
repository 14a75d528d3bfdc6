/**
 * The words of a review's notes, as its session row keeps them for the word
 * index. Read in the caller's transaction (which must include answers).
 */
import { noteWords } from '$lib/review/search-words';
import type { ShipshapeDB } from './database';

export async function readNoteWords(db: ShipshapeDB, sessionId: string): Promise<string[]> {
	const notes: string[] = [];
	await db.answers.where('sessionId').equals(sessionId).each((a) => void (a.note && notes.push(a.note)));
	return noteWords(notes);
}
