/**
 * N/A: the reason a check does not apply is its own field, apart from the
 * note. Rows stored before the field existed kept the reason in the note;
 * this is the one place that reads both kinds.
 */
import type { Answer, AnswerState } from './schema';

type Texts = Pick<Answer, 'state' | 'note'> & Partial<Pick<Answer, 'reason'>>;

/** The note and the N/A reason of a row, old rows included. */
export function noteAndReason(row: Texts | undefined): { note: string; reason: string } {
	if (!row) return { note: '', reason: '' };
	// An old N/A row: its note was the reason.
	if (row.reason === undefined && row.state === 'na') return { note: '', reason: row.note };
	return { note: row.note, reason: row.reason ?? '' };
}

/** Words that mean "does not apply": an answer spelled so is an N/A, not a done item. */
export function meansNotApplicable(text: string): boolean {
	return /^(n\/?a|not applicable)\.?$/i.test(text.trim());
}

export type StateBeforeNa = Exclude<AnswerState, 'na'>;

/** The patch that marks a row N/A, remembering where "Undo N/A" returns to; the note stays as it is. */
export function markNaPatch(row: Pick<Answer, 'state' | 'stateBeforeNa'> | undefined, reason: string): Pick<Answer, 'state' | 'reason' | 'stateBeforeNa'> {
	const before: StateBeforeNa = row?.state === 'na' ? (row.stateBeforeNa ?? 'open') : (row?.state ?? 'open');
	return { state: 'na', reason, stateBeforeNa: before };
}

/** The patch that undoes N/A: back to the state before it. */
export function undoNaPatch(row: Texts & Pick<Answer, 'stateBeforeNa'>): Pick<Answer, 'state' | 'note' | 'reason'> {
	// An old row had its reason in the note: that note was never a note, so it goes with the N/A.
	const { note } = noteAndReason(row);
	return { state: row.stateBeforeNa ?? 'open', note, reason: '' };
}
