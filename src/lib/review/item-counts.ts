/**
 * How a set of review items is counted. One rule for every screen and
 * export: an item is finished when it is done or N/A. A failed item has been
 * judged, but it is not finished: the change has to be fixed and checked
 * again, so a list holding a failure never reads "4/4" and a review with a
 * failure is not complete. A missing answer row counts as open.
 */
import type { AnswerState } from './schema';

export interface ProgressCounts {
	total: number;
	open: number;
	done: number;
	na: number;
	fail: number;
	/** done + na: what needs no more work. */
	finished: number;
	/** Whole percent finished, rounded down so 100 means truly all; 0 when there are none. */
	percent: number;
}

export const zeroCounts = (): ProgressCounts => ({ total: 0, open: 0, done: 0, na: 0, fail: 0, finished: 0, percent: 0 });

/** Done or N/A: needs no more work, and shows as a ticked box. */
export const isFinishedState = (state: AnswerState): boolean => state === 'done' || state === 'na';

/** Adds one item's state to counts (in place). */
export function countState(counts: ProgressCounts, state: AnswerState): void {
	counts.total += 1;
	counts[state] += 1;
	if (isFinishedState(state)) counts.finished += 1;
	counts.percent = Math.floor((counts.finished / counts.total) * 100);
}

/** Every item finished. Nothing to review is not complete: there is nothing to finish. */
export const isFinished = (counts: ProgressCounts): boolean => counts.total > 0 && counts.finished === counts.total;

/** Still needs work: open, or failed (to be fixed and checked again). */
export const needsWork = (state: AnswerState): boolean => state === 'open' || state === 'fail';
