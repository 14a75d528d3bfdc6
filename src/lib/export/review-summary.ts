/**
 * The reviewer's summary, ready to paste as a review comment, laid out like
 * GitHub's own review: the PR and the verdict (Approve / Comment / Request
 * changes: a failed or unresolved P0 check blocks) first, then what needs
 * attention (failures, open items), and what passed or is N/A folded away in
 * <details> blocks: reviewers scan for problems.
 */
import type { PrRef, UsedItem } from '$lib/review/schema';
import { prNumberRef, prUrl } from '$lib/review/pr-ref';
import { exportModel, type ExportInput, type ItemAnswer } from './export-items';
import { escapeInline, escapeLine } from './markdown-escape';
import { foldLines, noteLines, plural } from './text';
import { noteAndReason } from '$lib/review/na';

interface Row {
	item: UsedItem;
	a: ItemAnswer;
}

export type Verdict = 'Approve' | 'Comment' | 'Request changes';

const isP0 = (r: Row): boolean => r.item.priority === 'P0';
const tag = (r: Row): string => (r.item.priority ? `**[${r.item.priority}]** ` : '');

/** A bullet with the item's comment as quoted lines under it. */
function detailed(r: Row, withTag: boolean): string[] {
	const head = `- ${withTag ? tag(r) : ''}${withTag && r.item.priority ? escapeInline(r.item.text) : escapeLine(r.item.text)}`;
	return [head, ...noteLines(noteAndReason(r.a).note).map((l) => (l === '' ? '  >' : `  > ${escapeLine(l)}`))];
}

/** Passed and N/A items on one line each. N/A shows its reason. */
function compact(r: Row): string {
	const texts = noteAndReason(r.a);
	const note = foldLines(r.a.state === 'na' ? texts.reason || texts.note : texts.note);
	return `- ${escapeLine(r.item.text)}${note ? ` (${escapeInline(note)})` : ''}`;
}

interface Counts {
	failedP0: number;
	openP0: number;
	otherFailures: number;
	otherOpen: number;
}

/** What GitHub's review would be: blocking problems request changes, anything else unresolved is a comment. */
export function reviewVerdict(c: Counts): Verdict {
	if (c.failedP0 + c.openP0 > 0) return 'Request changes';
	return c.otherFailures + c.otherOpen > 0 ? 'Comment' : 'Approve';
}

/**
 * How the verdict line starts: the PR gate reads a pasted summary by these.
 * Every verdict line starts with VERDICT_LINE; a blocking one with VERDICT_BLOCKING.
 */
export const VERDICT_LINE = '**Verdict: ';
export const VERDICT_BLOCKING = `${VERDICT_LINE}Request changes**`;
/** Any verdict line (Approve, Comment or Request changes); the gate tells blocking ones apart by VERDICT_BLOCKING. */
export const VERDICT_CLEAR = VERDICT_LINE;

function verdictLine(c: Counts): string {
	const verdict = `${VERDICT_LINE}${reviewVerdict(c)}**`;
	const blocking = c.failedP0 + c.openP0;
	if (blocking > 0) {
		const detail = c.openP0 === 0 ? '' : c.failedP0 === 0 ? ` (${c.openP0} not checked yet)` : ` (${c.failedP0} failed, ${c.openP0} not checked yet)`;
		return `${verdict} — ${plural(blocking, 'blocking (P0) issue')}${detail}`;
	}
	if (c.otherFailures > 0) return `${verdict} — no blocking issues, ${plural(c.otherFailures, 'non-blocking failure')} to consider`;
	return `${verdict} — no blocking issues`;
}

function section(title: string, lines: string[]): string[] {
	return lines.length === 0 ? [] : ['', title, ...lines];
}

/** Folded: GitHub shows the summary line and opens the list on a click. Blank lines let markdown render inside. */
function folded(title: string, lines: string[]): string[] {
	return lines.length === 0 ? [] : ['', `<details><summary>${title}</summary>`, '', ...lines, '', '</details>'];
}

/** The PR as a link to its canonical URL; a reference inside a link's text pings and re-links nothing. */
const prLine = (pr: PrRef): string => `**Review of [${escapeInline(pr.repo)}${prNumberRef(pr)}](${prUrl(pr)})**`;

export function reviewSummary(input: ExportInput): string {
	const rows: Row[] = exportModel(input).items.map((i) => ({ item: i.item, a: i }));
	const by = (state: ItemAnswer['state']): Row[] => rows.filter((r) => r.a.state === state);
	const [failed, open, passed, na] = [by('fail'), by('open'), by('done'), by('na')];
	const failedP0 = failed.filter(isP0);
	const otherFailed = failed.filter((r) => !isP0(r));
	const openP0 = open.filter(isP0);
	const otherOpen = open.filter((r) => !isP0(r));
	const counts = { failedP0: failedP0.length, openP0: openP0.length, otherFailures: otherFailed.length, otherOpen: otherOpen.length };
	const checked = rows.length - open.length;
	const progress = `Progress: ${checked} of ${rows.length} checked (${passed.length} passed, ${failed.length} failed, ${na.length} N/A), ${open.length} open`;
	return [
		prLine(input.session.pr),
		'',
		verdictLine(counts),
		'',
		progress,
		...section('**Blocking (P0) failures**', failedP0.flatMap((r) => detailed(r, false))),
		...section('**Other failures**', otherFailed.flatMap((r) => detailed(r, true))),
		...section('**Open P0 checks (unresolved, blocking)**', openP0.flatMap((r) => detailed(r, false))),
		...section(`**Open (${otherOpen.length})**`, otherOpen.flatMap((r) => detailed(r, true))),
		...folded(`Passed (${passed.length})`, passed.map(compact)),
		...folded(`N/A (${na.length})`, na.map(compact))
	].join('\n');
}
