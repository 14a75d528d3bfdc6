/**
 * The sessions list's data: ONE live query whose parameters (search, role,
 * status, sort, how many rows) change as the user types and scrolls: the
 * database searches its word index and sorts by the sort key's index, so the
 * list shows the previous rows until the next ones are ready, never a blank
 * frame. Progress needs the page's answers: a second live query, so the rows
 * paint first. Loaded when the list needs Dexie (./home-list.svelte: the
 * first page comes from a peek).
 */
import type { Role } from '$lib/content/schema';
import { fromLiveQueryWith } from '$lib/db/live.svelte';
import { listSessionsPage, type SessionPage } from '$lib/db/session-list-repo';
import { getAnswersForSessions } from '$lib/db/answers-read';
import type { Answer, Session, SessionStatus } from '$lib/review/schema';
import type { SessionSort } from '$lib/review/sessions-query';
import { groupBySession } from './list-answers';

export interface ListQuery {
	query: string;
	role: Role | undefined;
	/** 'active': not archived (the default list). */
	status: SessionStatus | 'active' | undefined;
	sort: SessionSort;
	limit: number;
}

const EMPTY: SessionPage = { sessions: [], hasMore: false };

/**
 * Rows keep their object while they did not change (every content change
 * bumps updatedAt; archiving changes status): a row's progress is computed
 * again only when its review or its answers changed, not on every keystroke.
 */
const sessionKey = (s: Session): string => `${s.updatedAt}|${s.status}`;
const answersKey = (rows: readonly Answer[]): string => rows.map((a) => `${a.itemId}|${a.updatedAt}|${a.state}`).join('\n');

function keepUnchanged<T>(previous: Map<string, T>, id: string, next: T, key: (v: T) => string): T {
	const old = previous.get(id);
	return old !== undefined && key(old) === key(next) ? old : next;
}

export function liveSessionList(params: () => ListQuery) {
	let previous = new Map<string, Session>();
	return fromLiveQueryWith(
		params,
		async (q): Promise<SessionPage> => {
			const page = await listSessionsPage({ ...q });
			const sessions = page.sessions.map((s) => keepUnchanged(previous, s.id, s, sessionKey));
			previous = new Map(sessions.map((s) => [s.id, s]));
			return { ...page, sessions };
		},
		EMPTY
	);
}

/**
 * The answers of the listed reviews, by review id. `sessionIds` is one
 * string (ids joined by newlines): a $derived of it changes only when the
 * listed ids do, so the query is not re-made for every list result.
 */
export function liveListAnswers(sessionIds: () => string) {
	let previous = new Map<string, Answer[]>();
	return fromLiveQueryWith(
		sessionIds,
		async (joined) => {
			const grouped = groupBySession(await getAnswersForSessions(joined ? joined.split('\n') : []));
			previous = new Map([...grouped].map(([id, rows]) => [id, keepUnchanged(previous, id, rows, answersKey)]));
			return previous;
		},
		new Map<string, Answer[]>()
	);
}
