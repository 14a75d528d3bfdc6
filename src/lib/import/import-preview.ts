/**
 * What an import will change in the review the user already has, shown
 * before anything is written: how many items get ticked or unticked, notes
 * and answers changed, items the standard does not have, and which local
 * answers are newer than the pasted block (kept unless the user chooses the
 * pasted ones).
 */
import { isFinishedState } from '$lib/review/item-counts';
import type { Answer } from '$lib/review/schema';
import type { EntryReport } from './pr-entries';

export interface ImportPreview {
	/** Items that become done or N/A. */
	ticked: number;
	/** Items that were done or N/A and no longer are. */
	unticked: number;
	/** Items whose note or answer changes (state aside). */
	notes: number;
	/** The review's settings (checklists, tiers, commit fields…) change. */
	settings: boolean;
	/** Changes to answers that were edited here after the block was written. */
	newerHere: number;
	report: EntryReport;
}

const isTicked = (a: Pick<Answer, 'state'> | undefined): boolean => !!a && isFinishedState(a.state);

/** An answer row that says nothing: open, no note, answer or reason. */
export const isBlankAnswer = (a: Answer): boolean => a.state === 'open' && a.note === '' && a.answer === '' && !a.reason;

/**
 * The local answer was changed after the block was written. Unknown time
 * (a block without its hidden data): assume it was, unless the row says
 * nothing that an import could lose.
 */
export function isNewerHere(local: Answer | undefined, writtenAt: string | undefined): boolean {
	if (!local) return false;
	return writtenAt === undefined ? !isBlankAnswer(local) : local.updatedAt > writtenAt;
}

/** The changed rows to write: without the ones whose local answer is newer, unless the user chose the pasted answers. */
export function rowsToApply(changed: readonly Answer[], stored: readonly Answer[], writtenAt: string | undefined, usePasted: boolean): Answer[] {
	if (usePasted) return [...changed];
	const local = new Map(stored.map((a) => [a.itemId, a]));
	return changed.filter((a) => !isNewerHere(local.get(a.itemId), writtenAt));
}

export function importPreview(changed: readonly Answer[], stored: readonly Answer[], writtenAt: string | undefined, settings: boolean, report: EntryReport): ImportPreview {
	const local = new Map(stored.map((a) => [a.itemId, a]));
	const preview: ImportPreview = { ticked: 0, unticked: 0, notes: 0, settings, newerHere: 0, report };
	for (const a of changed) {
		const before = local.get(a.itemId);
		if (isTicked(a) && !isTicked(before)) preview.ticked += 1;
		else if (!isTicked(a) && isTicked(before)) preview.unticked += 1;
		if ((before?.note ?? '') !== a.note || (before?.answer ?? '') !== a.answer) preview.notes += 1;
		if (isNewerHere(before, writtenAt)) preview.newerHere += 1;
	}
	return preview;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The preview in words: "3 items ticked, 1 unticked, 2 notes changed…" (nothing left out, nothing claimed that does not happen). */
export function describePreview(p: ImportPreview): string[] {
	const lines: string[] = [];
	const parts = [
		p.ticked > 0 ? count(p.ticked, 'item ticked', 'items ticked') : '',
		p.unticked > 0 ? count(p.unticked, 'item unticked', 'items unticked') : '',
		p.notes > 0 ? count(p.notes, 'note or answer changed', 'notes or answers changed') : '',
		p.settings ? 'the review’s settings updated' : ''
	].filter(Boolean);
	lines.push(parts.length > 0 ? `${parts.join(', ')}.` : 'No answers change.');
	if (p.newerHere > 0) lines.push(`${count(p.newerHere, 'answer here was', 'answers here were')} changed after this block was written.`);
	if (p.report.unknown.length > 0) lines.push(`${count(p.report.unknown.length, 'item is', 'items are')} not in the standard and will be left out: ${p.report.unknown.slice(0, 5).map((t) => `“${t}”`).join(', ')}${p.report.unknown.length > 5 ? ', …' : ''}.`);
	if (p.report.disagreements + p.report.unshown > 0) lines.push(`${count(p.report.disagreements + p.report.unshown, 'box differs', 'boxes differ')} from the block’s hidden data (edited on GitHub?): the visible boxes are used.`);
	return lines;
}
