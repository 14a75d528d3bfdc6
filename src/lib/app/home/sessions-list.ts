/**
 * The sessions list's data: ONE live query whose parameters (search, role,
 * status, sort, how many rows) change as the user types and scrolls: the
 * database searches its word index and sorts by the sort key's index, so the
 * list shows the previous rows until the next ones are ready, never a blank
 * frame. Progress needs the page's answers: a second live query, so the rows
 * paint first.
 */
import type { Role, StandardSummary } from '$lib/content/schema';
import { loadAllStandards } from '$lib/custom/all-standards';
import { fromLiveQuery, fromLiveQueryWith } from '$lib/db/live.svelte';
import { hasSessions, listSessionsPage, type SessionPage } from '$lib/db/session-list-repo';
import { getAnswersForSessions } from '$lib/db/answers-repo';
import type { Answer, SessionStatus } from '$lib/review/schema';
import type { SessionSort } from '$lib/review/sessions-query';

export interface ListQuery {
	query: string;
	role: Role | undefined;
	/** 'active': not archived (the default list). */
	status: SessionStatus | 'active' | undefined;
	sort: SessionSort;
	limit: number;
}

const EMPTY: SessionPage = { sessions: [], hasMore: false };

export function liveSessionList(params: () => ListQuery) {
	return fromLiveQueryWith(params, (q) => listSessionsPage({ ...q }), EMPTY);
}

/** A returning user (any review stored, archived too) sees their reviews first. */
export const liveHasReviews = () => fromLiveQuery(() => hasSessions(), false);

/** The answers of the listed reviews, by review id. */
export function liveListAnswers(sessionIds: () => readonly string[]) {
	return fromLiveQueryWith(sessionIds, async (ids) => groupBySession(await getAnswersForSessions(ids)), new Map<string, Answer[]>());
}

function groupBySession(answers: readonly Answer[]): Map<string, Answer[]> {
	const map = new Map<string, Answer[]>();
	for (const a of answers) {
		const list = map.get(a.sessionId);
		if (list) list.push(a);
		else map.set(a.sessionId, [a]);
	}
	return map;
}

let catalog: Promise<StandardSummary[]> | undefined;

export function loadCatalog(): Promise<StandardSummary[]> {
	// Bundled and custom: progress of a review that uses the user's own standard counts its items too.
	catalog ??= loadAllStandards().catch(() => {
		catalog = undefined;
		return [];
	});
	return catalog;
}
