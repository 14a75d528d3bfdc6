/**
 * The note words (notes and N/A reasons: answerSearchText) of the reviews a
 * restore writes or whose notes or reasons it changes:
 * the session row carries them for the search index, and computing them
 * here spares the database a re-read of every restored review's answers.
 */
import type { Answer } from '$lib/review/schema';
import { answerSearchText, noteWords } from '$lib/review/search-words';

export class RestoreNotes {
	/** Review id → item id → searchable text (note and reason), for the reviews touched so far. */
	readonly #notes = new Map<string, Map<string, string>>();
	readonly #stored = new Map<string, Map<string, string>>();
	readonly #changed = new Set<string>();

	constructor(stored: readonly Answer[]) {
		for (const a of stored) {
			const text = answerSearchText(a);
			if (text) this.#of(this.#stored, a.sessionId).set(a.itemId, text);
		}
	}

	#of(map: Map<string, Map<string, string>>, id: string): Map<string, string> {
		let m = map.get(id);
		if (!m) map.set(id, (m = new Map()));
		return m;
	}

	/** This review's row is written: its words must be computed. */
	written(sessionId: string): void {
		this.#changed.add(sessionId);
	}

	/** An answer row is written (`before`: the stored row it replaces). */
	answer(row: Answer, before: Answer | undefined): void {
		const text = answerSearchText(row);
		if (text === answerSearchText(before ?? { note: '' })) return;
		this.#changed.add(row.sessionId);
		this.#of(this.#notes, row.sessionId).set(row.itemId, text);
	}

	/** Final note words of every review written or with changed notes. */
	words(): Map<string, string[]> {
		const out = new Map<string, string[]>();
		for (const id of this.#changed) {
			const notes = new Map([...(this.#stored.get(id) ?? []), ...(this.#notes.get(id) ?? [])]);
			out.set(id, noteWords(notes.values()));
		}
		return out;
	}
}
