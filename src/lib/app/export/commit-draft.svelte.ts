/**
 * The commit fields as typed: edits show at once in the preview and are
 * saved after a short pause, one patch with just the fields changed. What
 * was typed is never replaced by stored values while it is unsaved, and a
 * failed save keeps it (with the error and a retry). Unsaved fields are also
 * kept as a local draft on every keystroke (a synchronous write), so a
 * reload, a closed tab or a killed browser inside the pause loses nothing:
 * the next composer of this review takes the draft back and stores it.
 */
import type { CommitFields } from '$lib/review/schema';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import { clearDraft, readDraft, writeDraft } from '$lib/app/drafts';

type Field = keyof CommitFields;

/** Stores a patch; resolves with the session's new updatedAt. */
export type SaveCommit = (patch: Partial<CommitFields>) => Promise<string>;

const FIELDS: readonly Field[] = ['type', 'scope', 'description', 'breaking', 'refs'];
export const SAVE_DELAY_MS = 400;

export class CommitDraft {
	fields: CommitFields = $state({ type: '', scope: '', description: '', breaking: '', refs: false });
	error = $state('');
	saving = $state(false);
	/** Fields edited here and not stored yet. */
	unsaved = $state<Field[]>([]);
	#save: SaveCommit;
	#holdKey: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** updatedAt of our last stored write: older stored values are stale echoes. */
	#savedAt = '';

	#draftKey: string | undefined;

	constructor(initial: CommitFields, save: SaveCommit, holdKey: string, draftKey?: string) {
		this.fields = { ...initial };
		this.#save = save;
		this.#holdKey = holdKey;
		this.#draftKey = draftKey;
		this.#restoreDraft();
	}

	/** Fields typed before the page went away come back, and are stored. */
	#restoreDraft(): void {
		const text = this.#draftKey && readDraft(this.#draftKey);
		if (!text) return;
		let saved: Partial<CommitFields>;
		try {
			saved = JSON.parse(text) as Partial<CommitFields>;
		} catch {
			return;
		}
		for (const field of FIELDS) {
			const value = saved[field];
			if (value === undefined || typeof value !== typeof this.fields[field]) continue;
			this.set(field, value as CommitFields[typeof field]);
		}
	}

	#writeDraft(): void {
		if (!this.#draftKey) return;
		if (this.unsaved.length === 0) return clearDraft(this.#draftKey);
		const patch: Partial<Record<Field, unknown>> = {};
		for (const field of this.unsaved) patch[field] = this.fields[field];
		writeDraft(this.#draftKey, JSON.stringify(patch));
	}

	set<K extends Field>(field: K, value: CommitFields[K]): void {
		this.fields[field] = value;
		if (!this.unsaved.includes(field)) this.unsaved = [...this.unsaved, field];
		this.#writeDraft();
		saveTracker.hold(this.#holdKey, true, () => void this.flush());
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Take values changed elsewhere (another tab, an import) for fields not being edited here. */
	adopt(stored: CommitFields, storedAt: string): void {
		if (storedAt < this.#savedAt) return;
		for (const field of FIELDS) {
			if (this.unsaved.includes(field) || this.fields[field] === stored[field]) continue;
			(this.fields as Record<Field, unknown>)[field] = stored[field];
		}
	}

	/** Save what is unsaved now (also called on change/blur and when the composer goes away). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (this.unsaved.length === 0) return;
		const patch: Partial<CommitFields> = {};
		for (const field of this.unsaved) (patch as Record<Field, unknown>)[field] = this.fields[field];
		this.saving = true;
		try {
			const savedAt = await this.#save(patch);
			if (savedAt > this.#savedAt) this.#savedAt = savedAt;
			// A field typed into again meanwhile stays unsaved: the next flush stores it.
			this.unsaved = this.unsaved.filter((f) => this.fields[f] !== patch[f]);
			this.#writeDraft();
			this.error = '';
		} catch (error) {
			this.error = error instanceof Error ? error.message : 'The commit message could not be saved.';
		} finally {
			this.saving = false;
			saveTracker.hold(this.#holdKey, this.unsaved.length > 0);
		}
	}
}
