/**
 * The reviewer's summary, ready to paste as a review comment: the verdict
 * first (a failed or unresolved P0 check blocks), then blocking failures,
 * other failures, open P0 checks, and compactly what passed and what is N/A.
 */
import type { UsedItem } from '$lib/review/schema';
import { exportModel, type ExportInput, type ItemAnswer } from './export-items';
import { escapeInline, escapeLine } from './markdown-escape';
import { foldLines, noteLines, plural } from './text';
import { noteAndReason } from '$lib/review/na';

interface Row {
	item: UsedItem;
	a: ItemAnswer;
}

const isP0 = (r: Row): boolean => r.item.priority === 'P0';
const tag = (r: Row): string => (r.item.priority ? `**[${r.item.priority}]** ` : '');

/** A bullet with the item's comment as quoted lines under it. */
function detailed(r: Row, withTag: boolean): string[] {
	const head = `- ${withTag ? tag(r) : ''}${escapeInline(r.item.text)}`;
	return [head, ...noteLines(noteAndReason(r.a).note).map((l) => (l === '' ? '  >' : `  > ${escapeLine(l)}`))];
}

/** Passed and N/A items on one line each: reviewers scan for problems, not for these. N/A shows its reason. */
function compact(r: Row): string {
	const texts = noteAndReason(r.a);
	const note = foldLines(r.a.state === 'na' ? texts.reason || texts.note : texts.note);
	return `${escapeInline(r.item.text)}${note ? ` (${escapeInline(note)})` : ''}`;
}

/** How the verdict line starts: the PR gate reads a pasted summary by these. */
export const VERDICT_BLOCKING = '**Changes requested: ';
export const VERDICT_CLEAR = '**No blocking issues**';

function verdict(failedP0: number, openP0: number, otherFailures: number): string {
	const blocking = failedP0 + openP0;
	if (blocking > 0) {
		const detail = openP0 === 0 ? '' : failedP0 === 0 ? ` (${openP0} not checked yet)` : ` (${failedP0} failed, ${openP0} not checked yet)`;
		return `${VERDICT_BLOCKING}${plural(blocking, 'blocking (P0) issue')}**${detail}`;
	}
	if (otherFailures > 0) return `${VERDICT_CLEAR} (${plural(otherFailures, 'non-blocking failure')} to consider)`;
	return VERDICT_CLEAR;
}

function section(title: string, lines: string[]): string[] {
	return lines.length === 0 ? [] : ['', title, ...lines];
}

export function reviewSummary(input: ExportInput): string {
	const rows: Row[] = exportModel(input).items.map((i) => ({ item: i.item, a: i }));
	const by = (state: ItemAnswer['state']): Row[] => rows.filter((r) => r.a.state === state);
	const [failed, open, passed, na] = [by('fail'), by('open'), by('done'), by('na')];
	const failedP0 = failed.filter(isP0);
	const otherFailed = failed.filter((r) => !isP0(r));
	const openP0 = open.filter(isP0);
	const checked = rows.length - open.length;
	const progress = `Progress: ${checked} of ${rows.length} checked (${passed.length} passed, ${failed.length} failed, ${na.length} N/A), ${open.length} open`;
	return [
		verdict(failedP0.length, openP0.length, otherFailed.length),
		'',
		progress,
		...section('**Blocking (P0) failures**', failedP0.flatMap((r) => detailed(r, false))),
		...section('**Other failures**', otherFailed.flatMap((r) => detailed(r, true))),
		...section('**Open P0 checks (unresolved, blocking)**', openP0.flatMap((r) => detailed(r, false))),
		...section(`**Passed (${passed.length}):**`, passed.map((r) => `- ${compact(r)}`)),
		...section(`**N/A (${na.length}):**`, na.map((r) => `- ${compact(r)}`))
	].join('\n');
}
