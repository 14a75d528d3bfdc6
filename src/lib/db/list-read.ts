/**
 * The sessions list's read: a page of sessions and the answers of each, in
 * ONE read transaction. The list is "settled" when its reads are done, and
 * each IndexedDB transaction ends with a commit the page waits for: one per
 * listed session (the answers read on their own) was ~20 ms of commits after
 * the rows had painted. The answers of reviews listed a moment ago are not
 * read again (list-answers.ts).
 */
import type { Answer } from '$lib/review/schema';
import { listAnswers } from './list-answers';
import { dbOf, type RepoOptions } from './repo-options';
import { listSessionsPage, type SessionPage, type SessionPageRequest } from './session-list-repo';

export interface PageWithAnswers {
	page: SessionPage;
	/** Each listed session's answer rows, by session id. */
	answers: Map<string, Answer[]>;
}

export function readListPage(request: SessionPageRequest, options?: RepoOptions): Promise<PageWithAnswers> {
	const db = dbOf(options);
	return db.transaction('r', [db.sessions, db.answers], async () => {
		const page = await listSessionsPage(request, options);
		return { page, answers: await listAnswers(db, page.sessions.map((s) => s.id)) };
	});
}
