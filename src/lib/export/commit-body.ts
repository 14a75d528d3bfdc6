/**
 * The body of the commit message in the production code checklist's format:
 * one "**Tier N Checks:**" block per applicable tier, one "- Label: answer"
 * line per labelled item, in the standard's order.
 */
import type { StandardSummary, TierNumber } from '$lib/content/schema';
import type { Session, UsedItem } from '$lib/review/schema';
import { itemGroups, type ItemAnswer } from './export-items';
import { foldLines } from './text';
import { neutralizeReferences, wrapLine } from './commit-wrap';

/**
 * An open item without an answer: 'mark' writes "(not answered)" so the gap
 * is visible to whoever reads the commit (the honest default; a made-up
 * "TODO" would look like an answer), 'omit' leaves the line out.
 */
export type UnansweredMode = 'mark' | 'omit';

export const NOT_ANSWERED = '(not answered)';

/** The text after "Label: ", or null when the line is left out. */
export function commitAnswer(a: ItemAnswer, unanswered: UnansweredMode): string | null {
	const answer = foldLines(a.answer);
	const note = foldLines(a.note);
	if (a.state === 'na') {
		const reason = note || answer;
		return reason ? `N/A (${reason})` : 'N/A';
	}
	if (a.state === 'fail') {
		const detail = answer || note;
		return detail ? `Not met (${detail})` : 'Not met';
	}
	if (answer) return answer;
	if (a.state === 'done') return 'Done';
	return unanswered === 'mark' ? NOT_ANSWERED : null;
}

function tierHeading(tier: TierNumber): string {
	return tier === 1 ? '**Tier 1 Checks:**' : `**Tier ${tier} Checks (if applicable):**`;
}

interface TierBlock {
	tier: TierNumber;
	items: UsedItem[];
}

/** Applicable tier checklists, merged per standard and tier, labelled items only. */
function tierBlocks(session: Session, standards: readonly StandardSummary[]): TierBlock[] {
	const blocks = new Map<string, TierBlock>();
	for (const group of itemGroups(session, standards)) {
		if (group.tier === undefined || !group.applies) continue;
		const key = `${group.standardSlug}/${group.tier}`;
		const block = blocks.get(key) ?? { tier: group.tier, items: [] };
		block.items.push(...group.items.filter((i) => foldLines(i.label ?? '') !== ''));
		blocks.set(key, block);
	}
	return [...blocks.values()];
}

export function commitBody(
	session: Session,
	standards: readonly StandardSummary[],
	answerOf: (itemId: string) => ItemAnswer,
	unanswered: UnansweredMode
): string[] {
	const lines: string[] = [];
	for (const block of tierBlocks(session, standards)) {
		const itemLines = block.items.flatMap((item) => {
			const value = commitAnswer(answerOf(item.id), unanswered);
			if (value === null) return [];
			const label = neutralizeReferences(foldLines(item.label ?? ''));
			return wrapLine(`- ${label}: `, neutralizeReferences(value));
		});
		if (itemLines.length === 0) continue;
		if (lines.length > 0) lines.push('');
		lines.push(tierHeading(block.tier), ...itemLines);
	}
	return lines;
}
