/**
 * THE save tracker: every user write of the app runs through `saveTracker`,
 * so the UI says "Saved" only once a transaction completed, a failed write
 * is shown with a retry and never dropped, and the leave guard and the update
 * prompt know when something is not stored yet. Keys are per thing written
 * (one item of one review), so a newer write for the same key supersedes an
 * older failure. A failed write is retried by itself a few times (storage
 * hiccups pass) before it waits for the user.
 *
 * Typed input that is not written yet (a draft) is held here too: it is
 * "unsaved" as much as a write in flight is.
 */
import type { WriteError } from '$lib/db/errors';

export type SaveState = { status: 'saving' } | { status: 'failed'; message: string; retry: () => void };
type Failed = Extract<SaveState, { status: 'failed' }>;

const AUTO_RETRIES = 2;
const SHOW_SAVING_MS = 150;
const RETRY_DELAY_MS = 1500;
/** Retrying these cannot help: the input or the record is the problem. */
const FINAL_KINDS: ReadonlySet<WriteError['kind']> = new Set(['invalid', 'not-found', 'conflict', 'version-change']);

export class SaveTracker {
	/**
	 * A $state record, not a SvelteMap: each row reads only its own key, so a
	 * write of one item does not re-run the other 499 rows (a missing key in a
	 * SvelteMap is tracked through the whole map).
	 */
	readonly states: Record<string, SaveState> = $state({});
	#generation = new Map<string, number>();
	/**
	 * Writes in flight, not state: "Saving…" shows only for writes that take
	 * longer than SHOW_SAVING_MS. Rendering it at once made every tick's
	 * commit wait behind a re-layout of the page (10 ms of a 12 ms tick).
	 */
	readonly #inFlight = new Set<string>();
	lastSavedAt = $state<number | undefined>(undefined);
	/** Keys of fields with typed input not written yet. */
	readonly drafts: Record<string, true> = $state({});
	/** How to store each held draft now (not state: only flushDrafts reads it). */
	readonly #flushers = new Map<string, () => void>();

	get saving(): number {
		return Object.values(this.states).filter((s) => s.status === 'saving').length;
	}

	get failures(): [string, Failed][] {
		return Object.entries(this.states).filter((e): e is [string, Failed] => e[1].status === 'failed');
	}

	get(key: string): SaveState | undefined {
		return this.states[key];
	}

	/** Runs a write; resolves true once it is stored. */
	async run(key: string, write: () => Promise<unknown>, attempt = 0): Promise<boolean> {
		const generation = (this.#generation.get(key) ?? 0) + 1;
		this.#generation.set(key, generation);
		this.#inFlight.add(key);
		const current = () => this.#generation.get(key) === generation;
		// A newer write of this key replaces an older failure at once; "Saving…" waits.
		if (this.states[key]?.status === 'failed') delete this.states[key];
		const showSaving = setTimeout(() => current() && (this.states[key] = { status: 'saving' }), SHOW_SAVING_MS);
		try {
			await write();
			if (current()) {
				this.#inFlight.delete(key);
				if (this.states[key]) delete this.states[key];
				this.lastSavedAt = Date.now();
			}
			return true;
		} catch (error) {
			if (!current()) return false;
			const kind = (error as Partial<WriteError>).kind;
			if (attempt < AUTO_RETRIES && !(kind && FINAL_KINDS.has(kind))) {
				await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
				return current() ? this.run(key, write, attempt + 1) : false;
			}
			this.#inFlight.delete(key);
			const message = error instanceof Error ? error.message : 'Your change could not be saved.';
			this.states[key] = { status: 'failed', message, retry: () => void this.run(key, write) };
			return false;
		} finally {
			clearTimeout(showSaving);
		}
	}

	/**
	 * A write whose failure the caller shows itself (a form's own message):
	 * tracked while in flight, not retried by itself, and not kept as a
	 * failure once its message is handed back.
	 */
	async attempt<T>(key: string, write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
		let value: T | undefined;
		const ok = await this.run(key, async () => void (value = await write()), AUTO_RETRIES);
		if (ok) return { ok: true, value: value as T };
		const state = this.states[key];
		this.clear(key);
		return { ok: false, message: state?.status === 'failed' ? state.message : 'Your change could not be saved.' };
	}

	/** Forgets a key's state: its failure was shown and handled where it happened (a form's own message). */
	clear(key: string): void {
		this.#generation.set(key, (this.#generation.get(key) ?? 0) + 1);
		this.#inFlight.delete(key);
		delete this.states[key];
	}

	/**
	 * Marks a field as holding typed input that is not written yet (or no
	 * longer). `flush` stores it now, synchronously starting its write: an
	 * export clicked mid-pause calls flushDrafts first, so it holds what was typed.
	 */
	hold(key: string, dirty: boolean, flush?: () => void): void {
		if (dirty) {
			this.drafts[key] = true;
			if (flush) this.#flushers.set(key, flush);
		} else {
			delete this.drafts[key];
			this.#flushers.delete(key);
		}
	}

	/** Starts the write of every held draft that can be stored now (synchronous: called inside a click handler). */
	flushDrafts(): void {
		for (const flush of [...this.#flushers.values()]) flush();
	}

	/** Something would be lost by leaving now: a write in flight, a failed one, or unsaved typing. */
	get hasUnsaved(): boolean {
		return this.#inFlight.size > 0 || this.failures.length > 0 || Object.keys(this.drafts).length > 0;
	}

	retryAll(): void {
		for (const [, state] of this.failures) state.retry();
	}
}

/** The app's one tracker. */
export const saveTracker = new SaveTracker();

/** The key of one item's answer row. */
export const itemSaveKey = (sessionId: string, itemId: string): string => `item:${sessionId}:${itemId}`;
