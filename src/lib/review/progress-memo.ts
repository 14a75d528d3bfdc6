/**
 * The progress of the reviews a list shows, counted once per version of
 * what it depends on. The sessions list shows the same reviews again and
 * again (a search typed and cleared, a live re-read after a write in another
 * tab), and counting a review places each of its items in the standards.
 * A count is reused only while all it depends on is unchanged: the review
 * (every change to it bumps `updatedAt`), its answer rows (each row's item,
 * state and updatedAt) and the standards (the same catalog object). The
 * counting itself is the item model's (`reviewCounts`): this only remembers.
 */
import type { StandardSummary } from '$lib/content/schema';
import { reviewCounts, type ProgressCounts, type ReviewScope } from './item-model';
import type { Answer, Session } from './schema';

export type CountedSession = ReviewScope & Pick<Session, 'id' | 'updatedAt'>;
export type CountProgress = (session: CountedSession, answers: readonly Answer[], standards: readonly StandardSummary[]) => ProgressCounts;

/** What a review's counts read of its answer rows: which items they answer and their states (and when each changed). */
export function answersVersion(rows: readonly Answer[]): string {
	return rows.map((a) => `${a.itemId}|${a.updatedAt}|${a.state}`).join('\n');
}

interface Entry {
	updatedAt: string;
	standards: readonly StandardSummary[];
	answers: readonly Answer[];
	version: string;
	counts: ProgressCounts;
}

const DEFAULT_CAPACITY = 1000;

/**
 * A counter that remembers the last count of up to `capacity` reviews (the
 * least recently counted are forgotten first). `count` is injectable for
 * tests; the app counts with the item model.
 */
export function progressMemo(count: CountProgress = (s, a, st) => reviewCounts(s, a, st), capacity = DEFAULT_CAPACITY): CountProgress {
	const entries = new Map<string, Entry>();
	return (session, answers, standards) => {
		const old = entries.get(session.id);
		// The same rows object: nothing to compare. A fresh read of the same rows: the same version.
		const version = old?.answers === answers ? old.version : answersVersion(answers);
		const fresh = old?.updatedAt === session.updatedAt && old.standards === standards && old.version === version;
		const counts = fresh ? old.counts : count(session, answers, standards);
		entries.delete(session.id);
		entries.set(session.id, { updatedAt: session.updatedAt, standards, answers, version, counts });
		if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
		return counts;
	};
}
