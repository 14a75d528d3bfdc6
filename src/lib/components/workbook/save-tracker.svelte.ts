/**
 * Tracks the writes a page has in flight, so the UI says "Saved" only once
 * a transaction completed and a failed write is shown with a retry, never
 * dropped. Keys are per thing written (one item), so a newer write for the
 * same key supersedes an older failure.
 */
import { SvelteMap } from 'svelte/reactivity';

export type SaveState = { status: 'saving' } | { status: 'failed'; message: string; retry: () => void };

export class SaveTracker {
	readonly states = new SvelteMap<string, SaveState>();
	#generation = new Map<string, number>();
	lastSavedAt = $state<number | undefined>(undefined);

	get saving(): number {
		return [...this.states.values()].filter((s) => s.status === 'saving').length;
	}

	get failures(): [string, Extract<SaveState, { status: 'failed' }>][] {
		return [...this.states.entries()].filter((e): e is [string, Extract<SaveState, { status: 'failed' }>] => e[1].status === 'failed');
	}

	/** Runs a write; resolves true once it is stored. */
	async run(key: string, write: () => Promise<unknown>): Promise<boolean> {
		const generation = (this.#generation.get(key) ?? 0) + 1;
		this.#generation.set(key, generation);
		this.states.set(key, { status: 'saving' });
		try {
			await write();
			if (this.#generation.get(key) === generation) {
				this.states.delete(key);
				this.lastSavedAt = Date.now();
			}
			return true;
		} catch (error) {
			if (this.#generation.get(key) === generation) {
				const message = error instanceof Error ? error.message : 'Your change could not be saved.';
				this.states.set(key, { status: 'failed', message, retry: () => void this.run(key, write) });
			}
			return false;
		}
	}

	retryAll(): void {
		for (const [, state] of this.failures) state.retry();
	}
}
