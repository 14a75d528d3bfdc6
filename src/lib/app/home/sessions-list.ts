/**
 * The sessions list's data: one page of sessions (indexed, live) and their
 * progress, computed from their answers and the standards (fetched once,
 * precached for offline).
 */
import type { Role, StandardSummary } from '$lib/content/schema';
import { loadAllStandards } from '$lib/custom/all-standards';
import { fromLiveQuery } from '$lib/db/live.svelte';
import { listSessionsPage, searchSessions } from '$lib/db/session-list-repo';
import { getAnswersForSessions } from '$lib/db/answers-repo';
import type { Answer, Session, SessionStatus } from '$lib/review/schema';

export interface ListQuery {
	query: string;
	role: Role | undefined;
	status: SessionStatus | undefined;
	limit: number;
}

export interface ListResult {
	sessions: Session[];
	answers: Answer[];
	hasMore: boolean;
}

async function fetchList(q: ListQuery): Promise<ListResult> {
	const filter = { role: q.role, status: q.status };
	const page = q.query.trim()
		? { sessions: await searchSessions(q.query, { ...filter, limit: q.limit + 1 }), hasMore: false }
		: await listSessionsPage({ ...filter, limit: q.limit });
	const sessions = page.sessions.slice(0, q.limit);
	const hasMore = page.hasMore || page.sessions.length > q.limit;
	const answers = await getAnswersForSessions(sessions.map((s) => s.id));
	return { sessions, answers, hasMore };
}

export function liveSessionList(q: ListQuery) {
	return fromLiveQuery(() => fetchList(q), { sessions: [], answers: [], hasMore: false } as ListResult);
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
