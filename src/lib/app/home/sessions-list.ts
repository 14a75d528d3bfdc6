/**
 * The sessions list's data: ONE live query whose parameters (search, role,
 * status, sort, how many rows) change as the user types and scrolls: the
 * database searches its word index and sorts by the sort key's index, so the
 * list shows the previous rows until the next ones are ready, never a blank
 * frame. The same query reads the listed reviews' answers (their progress):
 * rows paint once, with their progress. (A second live query over the listed
 * ids started only after the rows had rendered and the browser had painted
 * them, then rendered every row again: on a search keystroke that showed 50
 * new reviews, two renders and a frame more than one.) Loaded when the list
 * needs Dexie (./home-list.svelte: the first page comes from a peek).
 */
import { fromLiveQueryWith } from '$lib/db/live.svelte';
import { EMPTY_PAGE, listPageReader, type ListQuery } from './list-page';

export type { ListPage, ListQuery } from './list-page';

export function liveSessionList(params: () => ListQuery) {
	return fromLiveQueryWith(params, listPageReader(), EMPTY_PAGE);
}
