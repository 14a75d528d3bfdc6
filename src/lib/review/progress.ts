/**
 * Progress of a session over its applicable items.
 *
 * Decision: every state but "open" is resolved. A "fail" is a reviewer's
 * finding: the item has been judged, so the review can be complete with
 * failures in it. Whether those failures block the PR is a separate
 * question: `blockingItems` lists P0 items that are still open or failed.
 * A missing answer row counts as "open".
 */
import type { StandardSummary, TierNumber } from '$lib/content/schema';
import type { Answer, AnswerState, Session, UsedItem } from './schema';
import { answersByItem, stateOf } from './answer-rows';
import { applicableItems } from './session-items';
import { scopedKey } from './tiers';

export interface ProgressCounts {
	total: number;
	open: number;
	done: number;
	na: number;
	fail: number;
	/** done + na + fail. */
	resolved: number;
	/** Whole percent of resolved items, rounded down so 100 means truly all; 0 when there are none. */
	percent: number;
}

export interface SessionProgress {
	overall: ProgressCounts;
	/** By `${standardSlug}/${checklistId}`. */
	byChecklist: Record<string, ProgressCounts>;
	/** By `${standardSlug}/${tier}`, tier items only. */
	byTier: Record<string, ProgressCounts>;
	byStandard: Record<string, ProgressCounts>;
}

type SessionScope = Pick<Session, 'checklists' | 'triggers' | 'tierOverrides' | 'items'>;

const zero = (): ProgressCounts => ({ total: 0, open: 0, done: 0, na: 0, fail: 0, resolved: 0, percent: 0 });

function add(counts: ProgressCounts, state: AnswerState): void {
	counts.total += 1;
	counts[state] += 1;
	if (state !== 'open') counts.resolved += 1;
	counts.percent = Math.floor((counts.resolved / counts.total) * 100);
}

function bucket(map: Record<string, ProgressCounts>, key: string): ProgressCounts {
	return (map[key] ??= zero());
}

/** Counts for a list of items: one checklist, one tier, anything the UI groups. */
export function countStates(items: readonly UsedItem[], answers: readonly Answer[]): ProgressCounts {
	const byItem = answersByItem(answers);
	const counts = zero();
	for (const item of items) add(counts, stateOf(byItem, item.id));
	return counts;
}

export function sessionProgress(session: SessionScope, standards: readonly StandardSummary[], answers: readonly Answer[]): SessionProgress {
	const byItem = answersByItem(answers);
	const progress: SessionProgress = { overall: zero(), byChecklist: {}, byTier: {}, byStandard: {} };
	for (const item of applicableItems(session, standards)) {
		const state = stateOf(byItem, item.id);
		add(progress.overall, state);
		add(bucket(progress.byChecklist, scopedKey(item.standardSlug, item.checklistId)), state);
		add(bucket(progress.byStandard, item.standardSlug), state);
		if (item.tier !== undefined) add(bucket(progress.byTier, tierKey(item.standardSlug, item.tier)), state);
	}
	return progress;
}

export const tierKey = (standardSlug: string, tier: TierNumber): string => scopedKey(standardSlug, tier);

export interface ItemWithState {
	item: UsedItem;
	state: AnswerState;
	answer: Answer | undefined;
}

function withStates(session: SessionScope, standards: readonly StandardSummary[], answers: readonly Answer[]): ItemWithState[] {
	const byItem = answersByItem(answers);
	return applicableItems(session, standards).map((item) => {
		const answer = byItem.get(item.id);
		return { item, answer, state: answer?.state ?? 'open' };
	});
}

/** P0 items not passed: still open, or failed. These block the PR. */
export function blockingItems(session: SessionScope, standards: readonly StandardSummary[], answers: readonly Answer[]): ItemWithState[] {
	return withStates(session, standards, answers).filter((x) => x.item.priority === 'P0' && (x.state === 'open' || x.state === 'fail'));
}

/** Applicable items still open, in display order: "jump to what is open". */
export function openItems(session: SessionScope, standards: readonly StandardSummary[], answers: readonly Answer[]): UsedItem[] {
	return withStates(session, standards, answers)
		.filter((x) => x.state === 'open')
		.map((x) => x.item);
}

/** Every applicable item resolved. A session with no applicable items is not complete: there is nothing to finish. */
export function isComplete(session: SessionScope, standards: readonly StandardSummary[], answers: readonly Answer[]): boolean {
	const { overall } = sessionProgress(session, standards, answers);
	return overall.total > 0 && overall.open === 0;
}
