/**
 * The sessions list's answers, remembered between reads of the list: a
 * keystroke that keeps most rows (or brings back rows shown a moment ago)
 * reads the answers of the new rows only. Re-reading every listed review's
 * answers on each keystroke cost 60–90 ms with ~20 answers a review.
 *
 * Never stale: every committed write to `answers` (this tab's or another's,
 * as Dexie reports it: 'storagemutated') forgets the reviews it touched
 * before the list can read again, and the list's live query observes the
 * answers of every listed review (one range read), so it re-reads after
 * such a write. A read that overlapped a write is not remembered.
 */
import { Dexie, RangeSet, cmp, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Answer } from '$lib/review/schema';
import type { ShipshapeDB } from './database';

const CAPACITY = 1000;

class ListAnswers {
	readonly rows = new Map<string, Answer[]>();
	/** Bumped by every write that touched remembered answers. */
	generation = 0;
	readonly #part: string;

	constructor(db: ShipshapeDB) {
		this.#part = `idb://${db.name}/answers/`;
		Dexie.on('storagemutated', (parts: ObservabilitySet) => {
			this.#forget(parts[this.#part]);
			this.#forget(parts[`${this.#part}:dels`]);
		});
	}

	remember(id: string, rows: Answer[]): void {
		this.rows.set(id, rows);
		if (this.rows.size > CAPACITY) this.rows.delete(this.rows.keys().next().value as string);
	}

	#forget(tree: IntervalTree | undefined): void {
		if (!tree) return;
		this.generation++;
		for (const node of RangeSet(tree)) {
			const { from, to } = node as { from: IndexableType; to: IndexableType };
			// A single answer key names its review; a range (a bulk delete) may hold any: forget all.
			if (cmp(from, to) === 0 && Array.isArray(from) && typeof from[0] === 'string') this.rows.delete(from[0]);
			else return this.rows.clear();
		}
	}
}

const caches = new WeakMap<ShipshapeDB, ListAnswers>();

function cacheOf(db: ShipshapeDB): ListAnswers {
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = new ListAnswers(db)));
	return cache;
}

/**
 * Each listed session's answer rows, by session id, in the caller's
 * transaction (inside the list's live query): the remembered ones as they
 * are, the others read (one getAll each, all in flight at once).
 */
export async function listAnswers(db: ShipshapeDB, sessionIds: readonly string[]): Promise<Map<string, Answer[]>> {
	const cache = cacheOf(db);
	const known = new Map(sessionIds.flatMap((id) => (cache.rows.has(id) ? [[id, cache.rows.get(id)!] as const] : [])));
	const missing = sessionIds.filter((id) => !known.has(id));
	const generation = cache.generation;
	const sorted = [...sessionIds].sort();
	const [, ...read] = await Promise.all([
		// What the live query observes: every listed review's answers (one range; a write in it re-runs the list).
		sorted.length ? db.answers.where('sessionId').between(sorted[0]!, sorted.at(-1)!, true, true).limit(1).primaryKeys() : undefined,
		...missing.map((id) => db.answers.where('sessionId').equals(id).toArray())
	]);
	const fresh = new Map(missing.map((id, i) => [id, read[i] ?? []]));
	if (cache.generation === generation) for (const [id, rows] of fresh) cache.remember(id, rows);
	return new Map(sessionIds.map((id) => [id, known.get(id) ?? fresh.get(id) ?? []]));
}
