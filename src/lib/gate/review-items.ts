/**
 * The gate's one view of a review: the items that apply and their answers.
 * It calls the review core's rule (applicableItems) and nothing else, so when
 * review/ gets its single item model this is the one line to change.
 */
import type { StandardSummary } from '$lib/content/schema';
import { answersByItem } from '$lib/review/answer-rows';
import { applicableItems } from '$lib/review/session-items';
import type { Answer, AnswerState, Session, UsedItem } from '$lib/review/schema';

export interface GateItem {
	item: UsedItem;
	state: AnswerState;
	note: string;
	/**
	 * False when the import found no answer for the item at all: its line was
	 * edited (or removed) so it no longer reads as this item.
	 */
	read: boolean;
}

export function reviewItems(session: Session, answers: readonly Answer[], standards: readonly StandardSummary[]): GateItem[] {
	const byItem = answersByItem(answers);
	return applicableItems(session, standards).map((item) => {
		const row = byItem.get(item.id);
		return { item, state: row?.state ?? 'open', note: row?.note ?? '', read: row !== undefined };
	});
}
