/** The by-text import (visible-import.ts) in words for its preview: how it matched, and every line it left out, with why. */
import type { ByTextReport } from './visible-import';
import type { UnmatchedReason } from './text-match';

const WHY: Record<UnmatchedReason, string> = {
	unknown: 'no item of the standards here has this text (reworded, or from a standard this app does not have)',
	ambiguous: 'more than one checklist has an item with this text, and the block does not say which',
	repeated: 'a line for the same item came earlier in the block'
};

export interface ByTextWords {
	intro: string;
	unmatchedHeading: string;
	unmatched: { text: string; why: string }[];
	/** Lines not matched beyond the ones listed (a pasted text of thousands of lines): counted, not listed. */
	more: string;
}

/** Enough to see what went wrong; the heading counts them all. */
export const LISTED_UNMATCHED = 100;

/** `updating`: into a review the user already has (its answers may be newer than the block). */
export function describeByText(report: ByTextReport, updating: boolean): ByTextWords {
	const n = report.unmatched.length;
	return {
		intro: `The block’s hidden data was missing, so its lines were matched to items by their text: ${report.matched} ${report.matched === 1 ? 'line' : 'lines'} matched. Notes, answers and N/A reasons are read from the visible lines, so they may be less exact than the original.${updating ? ' The block does not say when it was written: answers you already have here are kept unless you choose the pasted ones.' : ''}`,
		unmatchedHeading: `${n} ${n === 1 ? 'line' : 'lines'} not matched, left out:`,
		unmatched: report.unmatched.slice(0, LISTED_UNMATCHED).map((line) => ({ text: line.text || '(empty line)', why: WHY[line.reason] })),
		more: n > LISTED_UNMATCHED ? `…and ${n - LISTED_UNMATCHED} more ${n - LISTED_UNMATCHED === 1 ? 'line' : 'lines'} not matched.` : ''
	};
}
