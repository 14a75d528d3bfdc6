/**
 * The progress each row of the sessions list shows, remembered across
 * renders, searches and live re-reads (review/progress-memo: a review is
 * counted again only when it, its answers or the standards changed). One for
 * the page: a row that leaves the list and comes back is not counted again.
 */
import { progressMemo } from '$lib/review/progress-memo';

export const rowProgress = progressMemo();
