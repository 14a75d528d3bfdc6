/**
 * The live data of one workbook and the writes it makes. The session and its
 * answers come from IndexedDB (liveQuery, so another tab's ticks show up
 * here); every write goes through the app's save tracker.
 *
 * Ticks are built from the row this tab already holds and stored with one
 * put, started in the click handler. A row this tab wrote is used at once
 * (before the live query reads it back), so a tick followed quickly by a note
 * builds on the tick, and the rows show the tick without waiting.
 */
import { fromLiveQuery } from '$lib/db/live.svelte';
import { getSession, touchSession, updateSession } from '$lib/db/sessions-repo';
import { getAnswers, putAnswer, saveFiveSecond } from '$lib/db/answers-repo';
import type { StandardSummary } from '$lib/content/schema';
import { openAnswer } from '$lib/review/answer-rows';
import type { Answer, AnswerState, CommitFields, Session, SessionStatus } from '$lib/review/schema';
import type { SessionPatch } from '$lib/review/patches';
import { nowIso } from '$lib/review/clock';
import { itemSaveKey, saveTracker } from '$lib/app/save-tracker.svelte';

const TOUCH_AFTER_MS = 1500;

export type ItemPatch = { state?: AnswerState; note?: string; answer?: string };

export class WorkbookState {
	readonly session;
	readonly #stored;
	readonly saves = saveTracker;
	/** Rows this tab wrote that the live query may not have read back yet, by item id. */
	#written = $state.raw(new Map<string, Answer>());

	constructor(readonly id: string) {
		this.session = fromLiveQuery<Session | undefined | null>(() => getSession(id), null);
		this.#stored = fromLiveQuery<Answer[]>(() => getAnswers(id), []);
	}

	/** The answer rows: as stored, with this tab's newer writes on top. */
	get answers(): Answer[] {
		const stored = this.#stored.current;
		if (this.#written.size === 0) return stored;
		const byItem = new Map(stored.map((a) => [a.itemId, a]));
		for (const [itemId, row] of this.#written) {
			const there = byItem.get(itemId);
			if (!there || there.updatedAt < row.updatedAt) byItem.set(itemId, row);
		}
		return [...byItem.values()];
	}

	get error(): unknown {
		return this.session.error ?? this.#stored.error;
	}

	#current(itemId: string): Answer | undefined {
		const written = this.#written.get(itemId);
		const stored = this.#stored.current.find((a) => a.itemId === itemId);
		if (written && (!stored || stored.updatedAt <= written.updatedAt)) return written;
		return stored;
	}

	#touchTimer: ReturnType<typeof setTimeout> | undefined;

	setItem(itemId: string, patch: ItemPatch): void {
		const now = nowIso();
		const row: Answer = { ...(this.#current(itemId) ?? openAnswer(this.id, itemId, now)), ...patch, updatedAt: now };
		this.#written = new Map(this.#written).set(itemId, row);
		void this.saves.run(itemSaveKey(this.id, itemId), () => putAnswer(row)).then((ok) => ok && this.#touchSoon());
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
		void this.saves.run(`session:${this.id}:touch`, () => touchSession(this.id, { now: nowIso() }));
	}

	patchSession(key: string, patch: SessionPatch): Promise<boolean> {
		return this.saves.run(`session:${this.id}:${key}`, () => updateSession(this.id, patch, { now: nowIso() }));
	}

	setStatus(status: SessionStatus): Promise<boolean> {
		return this.patchSession('status', { status });
	}

	/** Stores typed commit fields; resolves with the session's new updatedAt (the commit draft needs it), or throws the failure. */
	async saveCommit(patch: Partial<CommitFields>): Promise<string> {
		let savedAt = '';
		const key = `session:${this.id}:commit`;
		const ok = await this.saves.run(key, async () => {
			savedAt = (await updateSession(this.id, { commit: patch }, { now: nowIso() })).updatedAt;
		});
		if (!ok) {
			const state = this.saves.get(key);
			throw new Error(state?.status === 'failed' ? state.message : 'The commit message could not be saved.');
		}
		return savedAt;
	}

	answerFiveSecond(standard: StandardSummary, questionId: string, value: boolean): void {
		void this.saves.run(`session:${this.id}:five:${questionId}`, () => saveFiveSecond(this.id, standard, questionId, value, { now: nowIso() }));
	}
}
