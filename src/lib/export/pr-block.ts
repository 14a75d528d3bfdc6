/**
 * The PR Self-QA block: the session's self-QA checklist(s), optionally the
 * tier checks, as a GitHub task list that renders with the right ticks,
 * a progress line, and a hidden comment that restores the session when the
 * block is pasted back (see pr-import.ts).
 */
import type { ReviewChecklist } from '$lib/review/item-model';
import type { Session, UsedItem } from '$lib/review/schema';
import { answerLookup, exportModel, type ExportInput, type ItemAnswer } from './export-items';
import { escapeInline } from './markdown-escape';
import { payloadComment, type PayloadEntry, type PayloadSettings } from './pr-payload';
import { noteAndReason } from '$lib/review/na';
import { itemLines, readBack } from './pr-lines';

export const BLOCK_HEADING = '### PR Self-QA';
export const PROGRESS_LABEL = '**Progress:**';

export interface PrBlockOptions {
	/** Add the applicable tier checklists after the self-QA checklist(s). */
	includeTierChecks: boolean;
}

/** Self-QA checklists first, then (when chosen) the tier checks; tiers that do not apply never. */
export function shownGroups(input: ExportInput, options: PrBlockOptions): ReviewChecklist[] {
	const checklists = exportModel(input).groups.flatMap((g) => g.checklists);
	const plain = checklists.filter((c) => c.tier === undefined);
	return options.includeTierChecks ? [...plain, ...checklists.filter((c) => c.tier !== undefined)] : plain;
}

export function progressLine(states: readonly ItemAnswer['state'][]): string {
	const count = (s: ItemAnswer['state']): number => states.filter((x) => x === s).length;
	const [done, na, open, fail] = [count('done'), count('na'), count('open'), count('fail')];
	let line = `${PROGRESS_LABEL} ${done} of ${states.length} done, ${na} N/A`;
	if (open + fail === 0) return `${line} — complete`;
	if (open > 0) line += `, ${open} open`;
	if (fail > 0) line += `, ${fail} failed`;
	return line;
}

/** The standard's current text of each item: the payload stores a text only where the session's differs. */
function standardTexts(standards: ExportInput['standards']): Map<string, string> {
	return new Map(standards.flatMap((s) => s.checklists.flatMap((c) => c.items.map((i) => [i.id, i.text] as const))));
}

/** One item as the hidden data stores it: what its line (if any) cannot give back exactly. */
function payloadEntry(item: UsedItem, a: ItemAnswer, lined: boolean, texts: Map<string, string>): PayloadEntry {
	const entry: PayloadEntry = { standard: item.standardSlug, checklist: item.checklistId, id: item.id, lined, state: a.state };
	if (item.tier !== undefined) entry.tier = item.tier;
	if (texts.get(item.id) !== item.text) entry.text = item.text;
	const back = lined ? readBack(item, a) : { note: '', reason: undefined, answer: undefined };
	const { note, reason } = noteAndReason(a);
	if (back.note !== note) entry.note = note;
	if ((back.reason ?? '') !== reason) entry.reason = reason;
	if ((back.answer ?? '') !== a.answer) entry.answer = a.answer;
	return entry;
}

/** Items with a line, in line order, then every other stored item with its state. */
export function payloadEntries(input: ExportInput, shown: readonly UsedItem[], answerOf: (id: string) => ItemAnswer): PayloadEntry[] {
	const texts = standardTexts(input.standards);
	const shownIds = new Set(shown.map((i) => i.id));
	const hidden = Object.values(input.session.items).filter((i) => !shownIds.has(i.id));
	return [...shown.map((item) => payloadEntry(item, answerOf(item.id), true, texts)), ...hidden.map((item) => payloadEntry(item, answerOf(item.id), false, texts))];
}

/** The last change of an answer (UTC ISO strings sort as times): an import keeps local answers changed after it. */
function lastChange(input: ExportInput): string | undefined {
	return input.answers.reduce<string | undefined>((latest, a) => (latest === undefined || a.updatedAt > latest ? a.updatedAt : latest), undefined);
}

function payloadSettings(session: Session): PayloadSettings {
	const { pr, role, title, checklists, triggers, tierOverrides, fiveSecond, commit, contentVersions } = session;
	return { pr, role, title, checklists, triggers, tierOverrides, fiveSecond, commit, contentVersions };
}

export function prSelfQaBlock(input: ExportInput, options: PrBlockOptions): string {
	const answerOf = answerLookup(input.answers);
	const groups = shownGroups(input, options);
	const out: string[] = [BLOCK_HEADING, ''];
	// One heading for the self-QA list: the block's own. Other titles only help
	// when there is more than one list to tell apart.
	const untitled = groups.filter((g) => g.tier === undefined).length === 1 ? groups.find((g) => g.tier === undefined) : undefined;
	for (const group of groups) {
		if (groups.length > 1 && group !== untitled) out.push(`#### ${escapeInline(group.title)}`, '');
		for (const item of group.items) out.push(...itemLines(item.item, item));
		out.push('');
	}
	const shown = groups.flatMap((g) => g.items);
	if (shown.length === 0) out.push('_No checklist items chosen._', '');
	out.push(progressLine(shown.map((i) => i.state)), '');
	out.push(payloadComment(payloadSettings(input.session), payloadEntries(input, shown.map((i) => i.item), answerOf), lastChange(input)));
	return out.join('\n');
}
