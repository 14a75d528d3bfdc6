/**
 * The gate's one view of a review: the items that apply and their answers,
 * read from the review core's item model (the same one the workbook, the
 * progress bars and the exports read), never decided here.
 */
import type { StandardSummary } from '$lib/content/schema';
import { reviewModel } from '$lib/review/item-model';
import type { Answer, AnswerState, Session, UsedItem } from '$lib/review/schema';

export interface GateItem {
	item: UsedItem;
	state: AnswerState;
	note: string;
	/** Why an N/A item does not apply (its own field; old rows kept it in the note: the item model reads both). */
	reason: string;
	/**
	 * False when the block has the item but the import found no answer for it:
	 * its line was edited (or removed) so it no longer reads as this item.
	 * Items new in the standard since the block was made are simply open.
	 */
	read: boolean;
}

export function reviewItems(session: Session, answers: readonly Answer[], standards: readonly StandardSummary[]): GateItem[] {
	return reviewModel(session, answers, standards).items.map((x) => ({ item: x.item, state: x.state, note: x.note, reason: x.reason, read: x.row !== undefined || x.drift === 'new' }));
}
