/**
 * What every export is made from: the review's item model (which items
 * apply, grouped, with their answers) and the answer rows of the items the
 * model does not show (the PR block's hidden data keeps those too).
 */
import type { StandardSummary } from '$lib/content/schema';
import { reviewModel, type ReviewModel } from '$lib/review/item-model';
import type { Answer, AnswerState, Session } from '$lib/review/schema';

export interface ExportInput {
	session: Session;
	/** The session's answer rows; items without a row count as open. */
	answers: readonly Answer[];
	/** Current content: order, titles and tier triggers only. */
	standards: readonly StandardSummary[];
	/** The item model of the three above, when the caller has it already (one per change, not one per export). */
	model?: ReviewModel;
}

/** What each export section of the workbook's panel is given: the input with its model, and a way to jump to an item. */
export interface ExportSectionProps extends ExportInput {
	model: ReviewModel;
	onJumpTo: (itemId: string) => void;
	/**
	 * The input as the user sees it at this moment (typing not stored yet
	 * included): what Copy, Download and Share make their text from, with
	 * the same function that makes the shown text.
	 */
	now: () => ModelledInput;
}

/** An export's input with its item model built. */
export type ModelledInput = ExportInput & { model: ReviewModel };

/** What an export needs of an answer row (defaults for items never touched). */
export interface ItemAnswer {
	state: AnswerState;
	note: string;
	answer: string;
	/** N/A reason; rows stored before it existed keep it in `note` (review/na.ts reads both). */
	reason?: string;
}

const OPEN: ItemAnswer = { state: 'open', note: '', answer: '' };

export function answerLookup(answers: readonly Answer[]): (itemId: string) => ItemAnswer {
	const byId = new Map(answers.map((a) => [a.itemId, a]));
	return (itemId) => byId.get(itemId) ?? OPEN;
}

export function exportModel(input: ExportInput): ReviewModel {
	return input.model ?? reviewModel(input.session, input.answers, input.standards);
}
