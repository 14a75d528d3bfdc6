/**
 * The live data of one workbook: the session and its answers from IndexedDB
 * (liveQuery, so another tab's ticks show up here), and the writes the page
 * makes, each tracked until its transaction completed.
 */
import { fromLiveQuery } from '$lib/db/live.svelte';
import { getSession, touchSession, updateSession } from '$lib/db/sessions-repo';
import { getAnswers, saveFiveSecond, setAnswer } from '$lib/db/answers-repo';
import type { StandardSummary } from '$lib/content/schema';
import type { Answer, AnswerState, Session } from '$lib/review/schema';
import type { SessionPatch } from '$lib/review/patches';
import { nowIso } from '$lib/review/clock';
import { SaveTracker } from '$lib/app/save-tracker.svelte';

const TOUCH_AFTER_MS = 1500;

export class WorkbookState {
	readonly session;
	readonly answers;
	readonly saves = new SaveTracker();

	constructor(readonly id: string) {
		this.session = fromLiveQuery<Session | undefined | null>(() => getSession(id), null);
		this.answers = fromLiveQuery<Answer[]>(() => getAnswers(id), []);
	}

	#touchTimer: ReturnType<typeof setTimeout> | undefined;

	setItem(itemId: string, patch: { state?: AnswerState; note?: string; answer?: string }): void {
		void this.saves.run(`item:${itemId}`, () => setAnswer(this.id, itemId, patch, { now: nowIso() })).then((ok) => ok && this.#touchSoon());
	}

	/**
	 * Ticks write only their answer row; the session's "last change" follows
	 * once they pause, in one write instead of one per tick.
	 */
	#touchSoon(): void {
		clearTimeout(this.#touchTimer);
		this.#touchTimer = setTimeout(() => this.flushTouch(), TOUCH_AFTER_MS);
	}

	/** Writes a pending "last change" now (the page is going away). */
	flushTouch(): void {
		if (this.#touchTimer === undefined) return;
		clearTimeout(this.#touchTimer);
		this.#touchTimer = undefined;
		void this.saves.run('session:touch', () => touchSession(this.id, { now: nowIso() }));
	}

	patchSession(key: string, patch: SessionPatch): Promise<boolean> {
		return this.saves.run(`session:${key}`, () => updateSession(this.id, patch, { now: nowIso() }));
	}

	answerFiveSecond(standard: StandardSummary, questionId: string, value: boolean): void {
		void this.saves.run(`five:${questionId}`, () => saveFiveSecond(this.id, standard, questionId, value, { now: nowIso() }));
	}
}
