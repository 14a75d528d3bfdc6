/**
 * What the PR gate decides and reports. The CLI and the Action only read
 * files and print; every decision is made by the pure functions in gate/.
 */
import type { AnswerState } from '$lib/review/schema';

export type Level = 'error' | 'warning' | 'notice';

export type Rule =
	| 'skipped'
	| 'missing-block'
	| 'required-role'
	| 'required-checklist'
	| 'open-item'
	| 'unreadable-line'
	| 'na-without-reason'
	| 'p0-failed'
	| 'failed-item'
	| 'tier-not-answered'
	| 'review-verdict'
	| 'no-checklist'
	| 'open-task';

/** The item a finding is about, as the block shows it. */
export interface FindingItem {
	id: string;
	text: string;
	/** Checklist title, or `${standard}/${checklist}` when the content lacks it. */
	checklist: string;
	priority?: string;
	state: AnswerState;
}

export interface Finding {
	level: Level;
	rule: Rule;
	message: string;
	item?: FindingItem;
	/** For item findings: the message without the item's name (a table cell). */
	detail?: string;
}

export type GateMode = 'shipshape' | 'any-checklist' | 'skipped' | 'missing';

export interface GateCounts {
	total: number;
	done: number;
	na: number;
	fail: number;
	open: number;
}

export interface GateResult {
	pass: boolean;
	mode: GateMode;
	/** "author review of owner/repo#12", or what was checked instead. */
	subject: string;
	counts: GateCounts;
	findings: Finding[];
}

/** Input the gate cannot judge (exit code 2): the message says what to do. */
export type GateOutcome = { ok: true; result: GateResult } | { ok: false; message: string };
