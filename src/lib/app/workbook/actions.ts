import type { AnswerState } from '$lib/review/schema';
import { draftKey, draftKeysUnder, readDraft } from '$lib/app/drafts';

/** What an item row can ask the workbook to do; the workbook writes and tracks it. */
export interface ItemActions {
	setState(itemId: string, state: AnswerState): void;
	setNote(itemId: string, note: string): void;
	setAnswer(itemId: string, answer: string, markDone: boolean): void;
	/** N/A with its reason; the note is kept. */
	markNa(itemId: string, reason: string): void;
	/** Back to the state before N/A. */
	undoNa(itemId: string): void;
	/** The draft key of an item's note or N/A reason editor. */
	draftKey(itemId: string, kind: Exclude<Editor, 'none'>): string;
	focusItem(index: number): void;
}

export type Editor = 'none' | 'na' | 'note';

const itemDraftPrefix = (sessionId: string): string => draftKey(sessionId, 'item', '');

export const itemDraftKey = (sessionId: string, kind: Exclude<Editor, 'none'>, itemId: string): string => itemDraftPrefix(sessionId) + `${kind}:${itemId}`;

/** Editors to open again because they hold a draft (typed before a reload or a closed tab). */
export function editorsWithDrafts(sessionId: string): Record<string, Editor> {
	const prefix = itemDraftPrefix(sessionId);
	const editors: Record<string, Editor> = {};
	for (const key of draftKeysUnder(prefix)) {
		const rest = key.slice(prefix.length);
		const colon = rest.indexOf(':');
		const kind = rest.slice(0, colon);
		if (kind === 'na' || kind === 'note') editors[rest.slice(colon + 1)] = kind;
	}
	return editors;
}

/** The draft key of a review's typed commit fields (the export panel's composer). */
export const commitDraftKey = (sessionId: string): string => draftKey(sessionId, 'commit');

/** Commit fields typed before a reload or a closed tab wait in a draft: the export panel shows them at once. */
export const hasCommitDraft = (sessionId: string): boolean => readDraft(commitDraftKey(sessionId)) !== undefined;
