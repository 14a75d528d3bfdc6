import type { AnswerState } from '$lib/review/schema';

/** What an item row can ask the workbook to do; the workbook writes and tracks it. */
export interface ItemActions {
	setState(itemId: string, state: AnswerState, note?: string): void;
	setNote(itemId: string, note: string): void;
	setAnswer(itemId: string, answer: string, markDone: boolean): void;
	focusItem(index: number): void;
}

export type Editor = 'none' | 'na' | 'note';
