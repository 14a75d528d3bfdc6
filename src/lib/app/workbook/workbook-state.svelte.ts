/**
 * The live data of one workbook and the writes it makes. The session
 * (liveQuery) and its answers (row by row) come from IndexedDB and follow
 * other tabs; every write goes through the app's save tracker.
 *
 * Ticks are built from the row this tab already holds and stored with one
 * put, started in the click handler. The next write of the same item builds
 * on the row this tab wrote last, even before it is read back (or when it
 * failed: a later note then stores the tick too). The rows re-render once the
 * row is read back, after the transaction, so a tick's commit never waits
 * behind rendering.
 */
import { fromLiveQuery, fromLiveSource } from '$lib/db/live.svelte';
import { subscribeAnswers } from '$lib/db/live-answers';
import { getSession, getSessionByPr, touchSession, updateSession } from '$lib/db/sessions-repo';
import { putAnswer, saveFiveSecond } from '$lib/db/answers-repo';
import type { StandardSummary } from '$lib/content/schema';
import { latestRow, openAnswer, withWrittenRows } from '$lib/review/answer-rows';
import type { Answer, CommitFields, Session, SessionStatus } from '$lib/review/schema';
import type { SessionPatch } from '$lib/review/patches';
import { nowIso } from '$lib/review/clock';
import { markNaPatch, undoNaPatch } from '$lib/review/na';
import { prTakenMessage, reviewEditPatch, type ReviewEdit } from '$lib/review/edit-review';
import { itemSaveKey, saveTracker } from '$lib/app/save-tracker.svelte';

const TOUCH_AFTER_MS = 1500;

export type ItemPatch = Partial<Pick<Answer, 'state' | 'note' | 'answer' | 'reason' | 'stateBeforeNa'>>;

export class WorkbookState {
	readonly session;
	readonly #stored;
	readonly saves = saveTracker;
	/** The last row this tab wrote per item (not state: only the next write reads it). */
	readonly #written = new Map<string, Answer>();

	constructor(readonly id: string) {
		this.session = fromLiveQuery<Session | undefined | null>(() => getSession(id), null);
		this.#stored = fromLiveSource<Answer[]>((handlers) => subscribeAnswers(id, handlers), []);
	}

	/** The answer rows as stored, following every tab's writes. */
	get answers(): Answer[] {
		return this.#stored.current;
	}

	get error(): unknown {
		return this.session.error ?? this.#stored.error;
	}

	#current(itemId: string): Answer | undefined {
		return latestRow(this.#stored.current.find((a) => a.itemId === itemId), this.#written.get(itemId));
	}

	/**
	 * The answers as the user sees them at this moment, for an export
	 * clicked now: typed input still waiting for its pause is stored first
	 * (its write starts here), and writes not read back yet count.
	 * Synchronous, so the click's clipboard write keeps the user's gesture.
	 */
	answersNow(): Answer[] {
		this.saves.flushDrafts();
		return withWrittenRows(this.#stored.current, this.#written);
	}

	#touchTimer: ReturnType<typeof setTimeout> | undefined;

	setItem(itemId: string, patch: ItemPatch): void {
		const now = nowIso();
		const row: Answer = { ...(this.#current(itemId) ?? openAnswer(this.id, itemId, now)), ...patch, updatedAt: now };
		this.#written.set(itemId, row);
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
		const saved = await this.saves.attempt(`session:${this.id}:commit`, () => updateSession(this.id, { commit: patch }, { now: nowIso() }));
		if (!saved.ok) throw new Error(saved.message);
		return saved.value.updatedAt;
	}

	answerFiveSecond(standard: StandardSummary, questionId: string, value: boolean): void {
		void this.saves.run(`session:${this.id}:five:${questionId}`, () => saveFiveSecond(this.id, standard, questionId, value, { now: nowIso() }));
	}

	/** N/A with its reason; the note stays, and the state before is kept for "Undo N/A". */
	markNa(itemId: string, reason: string): void {
		this.setItem(itemId, markNaPatch(this.#current(itemId), reason));
	}

	/** Back to the state before N/A, note kept. */
	undoNa(itemId: string): void {
		const row = this.#current(itemId);
		if (row?.state === 'na') this.setItem(itemId, undoNaPatch(row));
	}

	/**
	 * Rename, relink or change the checklists of the review. Resolves with
	 * what is wrong (shown by the form), or undefined once it is stored.
	 */
	async editReview(session: Session, standards: readonly StandardSummary[], edit: ReviewEdit): Promise<{ field: 'pr' | 'checklists' | 'form'; message: string } | undefined> {
		const result = reviewEditPatch(session, standards, edit, nowIso());
		if (!result.ok) return result;
		if (result.patch.pr) {
			const other = await getSessionByPr(result.patch.pr, session.role);
			if (other && other.id !== session.id) return { field: 'pr', message: prTakenMessage(other) };
		}
		// The form shows a failure itself, with the typed values still there to save again.
		const saved = await this.saves.attempt(`session:${this.id}:edit`, () => updateSession(this.id, result.patch, { now: nowIso() }));
		return saved.ok ? undefined : { field: 'form', message: saved.message };
	}
}
