/**
 * Restore = merge, never overwrite blindly, never delete. Pure: the
 * repository reads the stored rows a backup touches, this decides what to
 * write, the repository writes it, all in one transaction. Rules:
 * - one review per PR and role: a backup review of the same PR and role as
 *   a stored one is the SAME review, whatever its id (ids are random per
 *   device); it is merged into the stored one, which keeps its id;
 * - a review's fields: the newer updatedAt wins; item texts, 5-second
 *   answers, tier overrides and chosen checklists are united, so every
 *   answered item stays visible;
 * - answers, item by item: the newer updatedAt wins; a note is never
 *   dropped (the older one is kept below the newer one when they differ);
 * - custom standards: per row, the newer updatedAt wins;
 * - reading progress: kept if already there (the first readAt counts).
 * Equal counts as unchanged, so restoring the same file twice changes nothing.
 */
import type { Backup } from './schema';
import type { Answer, Session } from '$lib/review/schema';
import type { CustomStandardSource, ReadingRow } from '$lib/review/stored-rows';
import { mergeAnswer, mergeSession, sameRecord } from './merge-rows';
import { RestoreNotes } from './restore-notes';

/** The stored rows a backup could touch (sessions by id or PR key, their answers). */
export interface StoredRows {
	sessions: readonly Session[];
	answers: readonly Answer[];
	customStandards: readonly CustomStandardSource[];
	reading: readonly ReadingRow[];
}

export interface RestoreCounts {
	total: number;
	added: number;
	updated: number;
	unchanged: number;
}

export interface RestoreSummary {
	/** A review counts as updated when its fields or any of its answers changed. */
	reviews: RestoreCounts;
	answers: RestoreCounts;
	standards: RestoreCounts;
	/** Reviews of a PR and role already here under another id (another device), merged into the local one. */
	mergedFromOtherDevice: number;
}

export interface RestorePlan {
	sessions: Session[];
	answers: Answer[];
	customStandards: CustomStandardSource[];
	reading: ReadingRow[];
	/** The note words of every review whose notes changed (and of every review written): the search index. */
	noteWords: Map<string, string[]>;
	summary: RestoreSummary;
}

export const answerKey = (a: Pick<Answer, 'sessionId' | 'itemId'>): string => `${a.sessionId}\u0000${a.itemId}`;
const counts = (): RestoreCounts => ({ total: 0, added: 0, updated: 0, unchanged: 0 });
const count = (c: RestoreCounts, kind: 'added' | 'updated' | 'unchanged'): void => void (c.total++, c[kind]++);

/**
 * The restore, step by step, so the repository can stream answers through it
 * in chunks: `new RestorePlanner(backup, stored)`, `answers(chunk)` per chunk
 * (rows to write), then `finish()`.
 */
export class RestorePlanner {
	readonly sessions: Session[] = [];
	readonly customStandards: CustomStandardSource[];
	readonly reading: ReadingRow[];
	/** Backup review id → the id it is stored under. */
	readonly #target = new Map<string, string>();
	readonly #storedAnswers: Map<string, Answer>;
	readonly #notes: RestoreNotes;
	readonly #reviews = new Map<string, 'added' | 'updated' | 'unchanged'>();
	readonly #answerCounts = counts();
	readonly #standards = counts();
	#merged = 0;

	constructor(backup: Pick<Backup, 'sessions' | 'customStandards' | 'reading'>, stored: StoredRows) {
		this.#storedAnswers = new Map(stored.answers.map((a) => [answerKey(a), a]));
		this.#notes = new RestoreNotes(stored.answers);
		this.#planSessions(backup.sessions, stored.sessions);
		this.customStandards = this.#planStandards(backup.customStandards, stored.customStandards);
		const readKeys = new Set(stored.reading.map((r) => `${r.standardSlug}\u0000${r.sectionId}`));
		this.reading = backup.reading.filter((r) => !readKeys.has(`${r.standardSlug}\u0000${r.sectionId}`));
	}

	#planSessions(incoming: readonly Session[], stored: readonly Session[]): void {
		const byId = new Map(stored.map((s) => [s.id, s]));
		const byKey = new Map(stored.map((s) => [s.prKey, s]));
		for (const s of incoming) {
			// Same PR and role first: that is what makes two ids one review.
			const local = byKey.get(s.prKey) ?? byId.get(s.id);
			if (!local) {
				this.#target.set(s.id, s.id);
				this.#reviews.set(s.id, 'added');
				this.#notes.written(s.id);
				this.sessions.push(s);
				continue;
			}
			this.#target.set(s.id, local.id);
			if (local.id !== s.id) this.#merged++;
			const merged = mergeSession(local, s);
			const same = sameRecord(merged, local);
			this.#reviews.set(local.id, same ? 'unchanged' : 'updated');
			if (!same) {
				this.#notes.written(local.id);
				this.sessions.push(merged);
			}
		}
	}

	#planStandards(incoming: readonly CustomStandardSource[], stored: readonly CustomStandardSource[]): CustomStandardSource[] {
		const bySlug = new Map(stored.map((c) => [c.slug, c]));
		return incoming.filter((c) => {
			const row = bySlug.get(c.slug);
			const newer = !row || c.updatedAt > row.updatedAt;
			count(this.#standards, !row ? 'added' : newer ? 'updated' : 'unchanged');
			return newer;
		});
	}

	/** The rows of this chunk to write (answers of reviews not in the backup are refused by the envelope check). */
	answers(chunk: readonly Answer[]): Answer[] {
		const out: Answer[] = [];
		for (const incoming of chunk) {
			const sessionId = this.#target.get(incoming.sessionId) ?? incoming.sessionId;
			const a = sessionId === incoming.sessionId ? incoming : { ...incoming, sessionId };
			const key = answerKey(a);
			const local = this.#storedAnswers.get(key);
			const merged = local ? mergeAnswer(local, a) : a;
			if (local && sameRecord(merged, local)) {
				count(this.#answerCounts, 'unchanged');
				continue;
			}
			count(this.#answerCounts, local ? 'updated' : 'added');
			if (this.#reviews.get(sessionId) === 'unchanged') this.#reviews.set(sessionId, 'updated');
			this.#notes.answer(merged, local);
			out.push(merged);
		}
		return out;
	}

	finish(): Pick<RestorePlan, 'noteWords' | 'summary'> {
		const reviews = counts();
		for (const kind of this.#reviews.values()) count(reviews, kind);
		return {
			noteWords: this.#notes.words(),
			summary: { reviews, answers: this.#answerCounts, standards: this.#standards, mergedFromOtherDevice: this.#merged }
		};
	}
}

/** The whole plan at once (tests, small backups). */
export function planRestore(backup: Backup, stored: StoredRows): RestorePlan {
	const planner = new RestorePlanner(backup, stored);
	const answers = planner.answers(backup.answers);
	return { sessions: planner.sessions, answers, customStandards: planner.customStandards, reading: planner.reading, ...planner.finish() };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const breakdown = (c: RestoreCounts): string => `${c.added} new, ${c.updated} updated, ${c.unchanged} unchanged`;

/**
 * "Restored 3 reviews (1 new, 1 updated, 1 unchanged) with 40 answers (10 new,
 * 2 updated, 28 unchanged)", then the merges and the standards when there are any.
 */
export function describeRestore(summary: RestoreSummary): string {
	const { reviews: r, answers: a, standards: s } = summary;
	let text = `Restored ${plural(r.total, 'review', 'reviews')} (${breakdown(r)})`;
	if (a.total > 0) text += ` with ${plural(a.total, 'answer', 'answers')} (${breakdown(a)})`;
	if (s.total > 0) text += ` and ${s.total} of your standards (${breakdown(s)})`;
	text += '.';
	const m = summary.mergedFromOtherDevice;
	if (m > 0) text += ` ${plural(m, 'review', 'reviews')} of a pull request already reviewed here ${m === 1 ? 'was' : 'were'} merged into it, item by item.`;
	return text;
}
