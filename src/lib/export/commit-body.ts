/**
 * The body of the commit message in the production code checklist's format:
 * one "**Tier N Checks:**" block per applicable tier, one "- Label: answer"
 * line per labelled item, in the standard's order.
 */
import type { TierNumber } from '$lib/content/schema';
import type { ReviewItem, ReviewModel } from '$lib/review/item-model';
import type { ItemAnswer } from './export-items';
import { foldLines } from './text';
import { noteAndReason } from '$lib/review/na';
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
	const texts = noteAndReason(a);
	const note = foldLines(texts.note);
	if (a.state === 'na') {
		const reason = foldLines(texts.reason) || note || answer;
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

export interface TierBlock {
	tier: TierNumber;
	items: ReviewItem[];
}

/** The labelled checks of an item: the ones the commit message has a line for. */
export const isLabelled = (item: ReviewItem): boolean => foldLines(item.item.label ?? '') !== '';

/** One block per applicable tier of a standard (the model groups by standard and tier), labelled items only. */
export function tierBlocks(model: ReviewModel): TierBlock[] {
	return model.groups.flatMap((group) =>
		group.tier === undefined ? [] : [{ tier: group.tier, items: group.checklists.flatMap((c) => c.items).filter(isLabelled) }]
	);
}

export function commitBody(model: ReviewModel, unanswered: UnansweredMode): string[] {
	const lines: string[] = [];
	for (const block of tierBlocks(model)) {
		const itemLines = block.items.flatMap((item) => {
			const value = commitAnswer(item, unanswered);
			if (value === null) return [];
			const label = neutralizeReferences(foldLines(item.item.label ?? ''));
			return wrapLine(`- ${label}: `, neutralizeReferences(value));
		});
		if (itemLines.length === 0) continue;
		if (lines.length > 0) lines.push('');
		lines.push(tierHeading(block.tier), ...itemLines);
	}
	return lines;
}
