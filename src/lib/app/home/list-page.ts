/**
 * One read of the sessions list: a page of reviews and the answers of each
 * (their progress), for the list's live query. Reading both in one query
 * paints each row once, with its progress; see sessions-list.ts.
 */
import type { Role } from '$lib/content/schema';
import { readListPage } from '$lib/db/list-read';
import type { RepoOptions } from '$lib/db/repo-options';
import type { SessionPage } from '$lib/db/session-list-repo';
import { answersVersion } from '$lib/review/progress-memo';
import type { Answer, Session, SessionStatus } from '$lib/review/schema';
import type { SessionSort } from '$lib/review/sessions-query';

export interface ListQuery {
	query: string;
	role: Role | undefined;
	/** 'active': not archived (the default list). */
	status: SessionStatus | 'active' | undefined;
	sort: SessionSort;
	limit: number;
}

export interface ListPage extends SessionPage {
	/** The answer rows of each listed review, by review id. */
	answers: ReadonlyMap<string, readonly Answer[]>;
}

export const EMPTY_PAGE: ListPage = { sessions: [], hasMore: false, answers: new Map() };

/**
 * Rows keep their objects while they did not change (every content change
 * bumps updatedAt; archiving changes status; each answer's change, its
 * updatedAt): a row re-renders only when its review or its answers changed,
 * not on every keystroke or live re-read.
 */
const sessionKey = (s: Session): string => `${s.updatedAt}|${s.status}`;

function keepUnchanged<T>(previous: ReadonlyMap<string, T>, id: string, next: T, key: (v: T) => string): T {
	const old = previous.get(id);
	return old !== undefined && key(old) === key(next) ? old : next;
}

/** A reader of list pages that hands back the previous page's objects for what did not change. */
export function listPageReader(options?: RepoOptions): (q: ListQuery) => Promise<ListPage> {
	let sessionsBefore: ReadonlyMap<string, Session> = new Map();
	let answersBefore: ReadonlyMap<string, readonly Answer[]> = new Map();
	return async (q) => {
		const { page, answers: read } = await readListPage({ ...q }, options);
		const sessions = page.sessions.map((s) => keepUnchanged(sessionsBefore, s.id, s, sessionKey));
		const answers = new Map(sessions.map((s) => [s.id, keepUnchanged(answersBefore, s.id, read.get(s.id) ?? [], answersVersion)]));
		sessionsBefore = new Map(sessions.map((s) => [s.id, s]));
		answersBefore = answers;
		return { ...page, sessions, answers };
	};
}
