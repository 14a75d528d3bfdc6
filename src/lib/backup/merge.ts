/**
 * Restore = merge, never overwrite blindly. Pure: the repository reads the
 * stored rows a backup touches, this decides what to write, the repository
 * writes it, all in one transaction. Rules:
 * - a review in both: the newer updatedAt wins; equal counts as unchanged,
 *   so restoring the same file twice changes nothing;
 * - a review of the same PR and role under another id: the newer one stays,
 *   the other is deleted with its answers (never two reviews of one PR+role);
 * - answers, custom standards: per row, the newer updatedAt wins;
 * - reading progress: kept if already there (the first readAt counts).
 */
import type { Backup } from './schema';
import type { Answer, Session } from '$lib/review/schema';
import type { CustomStandardRow, ReadingRow } from '$lib/review/stored-rows';

/** The stored rows a backup could touch. */
export interface StoredRows {
	sessions: readonly Session[];
	answers: readonly Answer[];
	customStandards: readonly CustomStandardRow[];
	reading: readonly ReadingRow[];
}

export interface RestoreCounts {
	total: number;
	added: number;
	updated: number;
	unchanged: number;
}

export interface RestoreSummary {
	reviews: RestoreCounts;
	standards: RestoreCounts;
	/** Answer rows written. */
	answers: number;
}

export interface RestorePlan {
	/** Deleted (with their answers) before anything is written. */
	deleteSessionIds: string[];
	sessions: Session[];
	answers: Answer[];
	customStandards: CustomStandardRow[];
	reading: ReadingRow[];
	summary: RestoreSummary;
}

export const answerKey = (a: Pick<Answer, 'sessionId' | 'itemId'>): string => `${a.sessionId}\u0000${a.itemId}`;
const counts = (): RestoreCounts => ({ total: 0, added: 0, updated: 0, unchanged: 0 });

interface SessionPlan {
	put: Session[];
	deleteIds: string[];
	/** Sessions whose answers are merged: the incoming one won or has the same id as the stored one. */
	merged: Set<string>;
	counts: RestoreCounts;
}

function planSessions(incoming: readonly Session[], stored: readonly Session[]): SessionPlan {
	const byId = new Map(stored.map((s) => [s.id, s]));
	const byKey = new Map(stored.map((s) => [s.prKey, s]));
	const plan: SessionPlan = { put: [], deleteIds: [], merged: new Set(), counts: counts() };
	for (const s of incoming) {
		plan.counts.total++;
		const rivals = [...new Set([byId.get(s.id), byKey.get(s.prKey)])].filter((r): r is Session => r !== undefined);
		if (rivals.length === 0) plan.counts.added++;
		else if (rivals.every((r) => s.updatedAt > r.updatedAt)) plan.counts.updated++;
		else {
			plan.counts.unchanged++;
			if (byId.has(s.id)) plan.merged.add(s.id);
			continue;
		}
		for (const r of rivals) if (r.id !== s.id) plan.deleteIds.push(r.id);
		plan.put.push(s);
		plan.merged.add(s.id);
	}
	return plan;
}

function planAnswers(incoming: readonly Answer[], stored: readonly Answer[], merged: Set<string>, deleted: Set<string>): Answer[] {
	// Answers of a deleted session are gone: whatever comes in for that id is new.
	const current = new Map(stored.filter((a) => !deleted.has(a.sessionId)).map((a) => [answerKey(a), a]));
	return incoming.filter((a) => {
		if (!merged.has(a.sessionId)) return false;
		const row = current.get(answerKey(a));
		return !row || a.updatedAt > row.updatedAt;
	});
}

function planStandards(incoming: readonly CustomStandardRow[], stored: readonly CustomStandardRow[]) {
	const bySlug = new Map(stored.map((c) => [c.slug, c]));
	const summary = counts();
	const put = incoming.filter((c) => {
		summary.total++;
		const row = bySlug.get(c.slug);
		if (!row) summary.added++;
		else if (c.updatedAt > row.updatedAt) summary.updated++;
		else summary.unchanged++;
		return !row || c.updatedAt > row.updatedAt;
	});
	return { put, summary };
}

export function planRestore(backup: Backup, stored: StoredRows): RestorePlan {
	const sessions = planSessions(backup.sessions, stored.sessions);
	const answers = planAnswers(backup.answers, stored.answers, sessions.merged, new Set(sessions.deleteIds));
	const standards = planStandards(backup.customStandards, stored.customStandards);
	const readKeys = new Set(stored.reading.map((r) => `${r.standardSlug}\u0000${r.sectionId}`));
	const reading = backup.reading.filter((r) => !readKeys.has(`${r.standardSlug}\u0000${r.sectionId}`));
	return {
		deleteSessionIds: sessions.deleteIds,
		sessions: sessions.put,
		answers,
		customStandards: standards.put,
		reading,
		summary: { reviews: sessions.counts, standards: standards.summary, answers: answers.length }
	};
}

/** "Restored 3 reviews (1 new, 1 updated, 1 unchanged)", plus standards when the backup has any. */
export function describeRestore(summary: RestoreSummary): string {
	const r = summary.reviews;
	const noun = r.total === 1 ? 'review' : 'reviews';
	let text = `Restored ${r.total} ${noun} (${r.added} new, ${r.updated} updated, ${r.unchanged} unchanged)`;
	const s = summary.standards;
	if (s.total > 0) text += ` and ${s.total} of your standards (${s.added} new, ${s.updated} updated, ${s.unchanged} unchanged)`;
	return `${text}.`;
}
