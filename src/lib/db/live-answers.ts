/**
 * The answer rows of one review, kept live row by row. A liveQuery over the
 * review's answers re-reads all of them (500 rows in a large review) after
 * every tick, in this tab and every other; here a write is followed by a
 * read of just the rows it changed, as Dexie reports them
 * ('storagemutated', fired for this tab's writes and for other tabs').
 * A change Dexie reports as a range (a bulk delete) re-reads the review.
 */
import { Dexie, RangeSet, cmp, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Answer } from '$lib/review/schema';
import type { LiveHandlers } from './live';
import { dbOf, type RepoOptions } from './repo-options';

type AnswerKey = [string, string];

const isAnswerKey = (key: unknown): key is AnswerKey => Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string';

/** The keys of this review a mutated part names, or 'all' when it names a range that may hold them. */
function keysFor(tree: IntervalTree | undefined, sessionId: string): AnswerKey[] | 'all' {
	if (!tree) return [];
	const keys: AnswerKey[] = [];
	for (const node of RangeSet(tree)) {
		const { from, to } = node as { from: IndexableType; to: IndexableType };
		if (cmp(from, to) === 0) {
			if (isAnswerKey(from) && from[0] === sessionId) keys.push(from);
			continue;
		}
		// A range: does it reach this review's keys?
		if (cmp(from, [sessionId, Dexie.maxKey]) <= 0 && cmp(to, [sessionId, Dexie.minKey]) >= 0) return 'all';
	}
	return keys;
}

export function subscribeAnswers(sessionId: string, handlers: LiveHandlers<Answer[]>, options?: RepoOptions): () => void {
	const db = dbOf(options);
	const part = `idb://${db.name}/answers/`;
	let rows = new Map<string, Answer>();
	let stopped = false;
	// One read at a time, in the order the writes were reported: a slow read never overwrites a newer one.
	let queue: Promise<void> = Promise.resolve();

	const emit = (): void => {
		if (!stopped) handlers.next([...rows.values()]);
	};
	const readAll = async (): Promise<void> => {
		const all = await db.answers.where('sessionId').equals(sessionId).toArray();
		rows = new Map(all.map((a) => [a.itemId, a]));
	};
	const readKeys = async (keys: AnswerKey[]): Promise<void> => {
		const found = await db.answers.bulkGet(keys);
		const next = new Map(rows);
		keys.forEach(([, itemId], i) => {
			const row = found[i];
			if (row) next.set(itemId, row);
			else next.delete(itemId);
		});
		rows = next;
	};
	const schedule = (read: () => Promise<void>): void => {
		queue = queue
			.then(async () => {
				if (stopped) return;
				await read();
				emit();
			})
			.catch((error: unknown) => {
				if (!stopped) handlers.error(error);
			});
	};

	const onMutated = (parts: ObservabilitySet): void => {
		const changed = keysFor(parts[part], sessionId);
		const deleted = keysFor(parts[`${part}:dels`], sessionId);
		if (changed === 'all' || deleted === 'all') return schedule(readAll);
		const keys = [...changed, ...deleted];
		if (keys.length > 0) schedule(() => readKeys(keys));
	};

	Dexie.on('storagemutated', onMutated);
	schedule(readAll);
	return () => {
		stopped = true;
		Dexie.on('storagemutated').unsubscribe(onMutated);
	};
}
