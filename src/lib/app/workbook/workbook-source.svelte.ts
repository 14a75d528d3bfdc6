/**
 * What a workbook shows: the review and its answer rows, from a snapshot (a
 * peek, read before the page painted) until the database code is needed,
 * then live from Dexie, following every tab's writes. `goLive` loads that
 * code once: on the first interaction, the first write, or a change another
 * tab makes (heard without Dexie, see ./review-changes). The snapshot
 * stays on screen until the live reads answer. Without a snapshot it goes
 * live at once.
 */
import type { StoredChanges } from './review-changes';
import type { Answer, Session } from '$lib/review/schema';

export type WorkbookDb = typeof import('./workbook-db');

/** What the page read before the workbook mounted (a peek), and the other tabs' changes heard since. */
export interface WorkbookSnapshot {
	session: Session | undefined;
	answers: Answer[];
	changes?: StoredChanges;
}

export class WorkbookSource {
	/** null: not read yet; undefined: no such review. */
	#session = $state.raw<Session | undefined | null>(null);
	#answers = $state.raw<Answer[]>([]);
	#sessionError = $state.raw<unknown>();
	#answersError = $state.raw<unknown>();
	#live: Promise<WorkbookDb> | undefined;
	#loaded = false;
	#stops: (() => void)[] = [];
	#destroyed = false;

	constructor(
		readonly id: string,
		snapshot?: WorkbookSnapshot
	) {
		if (!snapshot) {
			this.#goLiveQuietly();
			return;
		}
		this.#session = snapshot.session;
		this.#answers = snapshot.answers;
		const changes = snapshot.changes;
		if (changes) this.#stops.push(changes.onChange(() => this.#goLiveQuietly()), () => changes.close());
	}

	/** The review; null until first read, undefined if there is none. */
	get session(): Session | undefined | null {
		return this.#session;
	}

	/** The answer rows as stored. */
	get answers(): Answer[] {
		return this.#answers;
	}

	get error(): unknown {
		return this.#sessionError ?? this.#answersError;
	}

	/**
	 * Loads the database code and starts the live reads (once); resolves with
	 * the module the writes use. Rejects if the code cannot be loaded: a write
	 * then fails visibly, with a retry that tries again.
	 */
	goLive(): Promise<WorkbookDb> {
		this.#live ??= import('./workbook-db').then(
			(db) => {
				this.#loaded = true;
				if (!this.#destroyed) this.#follow(db);
				return db;
			},
			(error: unknown) => {
				this.#live = undefined;
				throw error;
			}
		);
		return this.#live;
	}

	/** true once the database code is there: a write starts at once. */
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Going live without a write waiting on it: a failure shows as the read error. */
	#goLiveQuietly(): void {
		this.goLive().catch((error: unknown) => (this.#sessionError = error));
	}

	#follow(db: WorkbookDb): void {
		this.#stops.push(
			db.subscribeLive(() => db.getSession(this.id), {
				next: (session) => {
					this.#session = session;
					this.#sessionError = undefined;
				},
				error: (error) => (this.#sessionError = error)
			}),
			db.subscribeAnswers(this.id, {
				next: (rows) => {
					this.#answers = rows;
					this.#answersError = undefined;
				},
				error: (error) => (this.#answersError = error)
			})
		);
	}

	/** Stops the live reads and the listening (the workbook is gone). */
	destroy(): void {
		this.#destroyed = true;
		for (const stop of this.#stops.splice(0)) stop();
	}
}
