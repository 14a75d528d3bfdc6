/**
 * Restoring a review from a pasted PR description, in two steps so the user
 * sees what changes before it changes: prepareImport parses and checks all
 * of it and compares it with the review already kept for that PR (nothing is
 * written); applyImport writes in one step, so an error changes nothing.
 * Local answers changed after the block was written are kept unless the user
 * chooses the pasted ones. Importing the same text twice writes nothing.
 */
import type { StandardSummary } from '$lib/content/schema';
import { loadAllStandards } from '$lib/custom/all-standards';
import { getAnswers, setAnswers } from '$lib/db/answers-repo';
import { createOrOpenSession, deleteSession, getSessionByPr } from '$lib/db/sessions-repo';
import { hasHiddenData, importPrBody, tooLongMessage, type EntryReport, type MergeResult } from '$lib/import/pr-import';
import { importVisibleBlock, visibleLineCount, type ByTextReport } from '$lib/import/visible-import';
import { importPreview, isBlankAnswer, rowsToApply, type ImportPreview } from '$lib/import/import-preview';
import type { SessionPatch } from '$lib/review/patches';
import type { Answer, PrRef, Session } from '$lib/review/schema';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import { rememberReviewStored } from '$lib/app/home/reviews-flag';

export type ImportOutcome =
	| { kind: 'created'; session: Session; answers: number }
	| { kind: 'updated'; session: Session; answers: number; kept: number }
	| { kind: 'unchanged'; session: Session }
	| { kind: 'error'; message: string };

/** Set when the block's hidden data was missing and its lines were matched by their text: what matched and what did not. */
type ByText = { byText?: ByTextReport };

/** What an import would do, before it does it. */
export type ImportPlan =
	| { kind: 'error'; message: string }
	/** The hidden data is missing: the user says which pull request the block's lines are for. */
	| { kind: 'needs-pr'; lines: number }
	| ({ kind: 'new'; session: Session; answers: Answer[]; answered: number; report: EntryReport; text: string; now: string } & ByText)
	| ({ kind: 'unchanged'; session: Session; report: EntryReport } & ByText)
	| ({ kind: 'update'; session: Session; stored: Answer[]; changed: MergeResult; writtenAt: string | undefined; preview: ImportPreview; text: string; now: string } & ByText);

const NO_REPORT: EntryReport = { unknown: [], disagreements: 0, unshown: 0 };

/** The standards a block may name: bundled (precached, so this works offline) and the user's own. */
export async function loadStandards(fetchFn: typeof fetch = fetch): Promise<StandardSummary[]> {
	try {
		return await loadAllStandards(fetchFn);
	} catch (e) {
		throw new Error(`${e instanceof Error ? e.message : 'The standards could not be loaded.'} Nothing was imported.`);
	}
}

const failed = (error: unknown): { kind: 'error'; message: string } => ({
	kind: 'error',
	message: error instanceof Error ? error.message : 'The review could not be saved. Nothing was changed.'
});

/** The session fields an import may change, as a patch (identity, status and dates stay). */
function sessionPatch(merged: Session): SessionPatch {
	const { title, checklists, triggers, tierOverrides, fiveSecond, commit, items, contentVersions } = merged;
	return { title, checklists, triggers, tierOverrides, fiveSecond, commit, items, contentVersions };
}

/** Rows for untouched items are stored too, but only answers count for the user. */
const answeredCount = (answers: readonly Answer[]): number => answers.filter((a) => !isBlankAnswer(a)).length;

async function planUpdate(existing: Session, text: string, standards: readonly StandardSummary[], now: string): Promise<ImportPlan> {
	const stored: Answer[] = await getAnswers(existing.id);
	const result = importPrBody(text, standards, now, { existing: { session: existing, answers: stored } });
	if (!result.ok) return { kind: 'error', message: result.message };
	const changed: MergeResult = result.changed ?? { session: null, answers: [] };
	if (!changed.session && changed.answers.length === 0) return { kind: 'unchanged', session: existing, report: result.report };
	const preview = importPreview(changed.answers, stored, result.writtenAt, changed.session !== null, result.report);
	return { kind: 'update', session: existing, stored, changed, writtenAt: result.writtenAt, preview, text, now };
}

/**
 * A block without its hidden data, into the user's author review of `pr`
 * (or a new one): its lines matched by their text. Without `pr`, says how
 * many lines there are so the form can ask for it.
 */
async function prepareByText(text: string, standards: readonly StandardSummary[], now: string, id: string, pr: PrRef | undefined): Promise<ImportPlan> {
	const lines = tooLongMessage(text) ? null : visibleLineCount(text);
	if (lines === null) {
		// No block at all (or far too long): the exact import says what to do.
		const exact = importPrBody(text, standards, now);
		return { kind: 'error', message: exact.ok ? 'No PR Self-QA block was found. Nothing was changed.' : exact.message };
	}
	if (!pr) return { kind: 'needs-pr', lines };
	const existing = await getSessionByPr(pr, 'author');
	if (existing) return planByTextUpdate(existing, text, standards, now);
	const fresh = importVisibleBlock(text, standards, now, { pr, id });
	if (!fresh.ok) return { kind: 'error', message: fresh.message };
	return { kind: 'new', session: fresh.session, answers: fresh.answers, answered: answeredCount(fresh.answers), report: NO_REPORT, text, now, byText: fresh.byText };
}

async function planByTextUpdate(existing: Session, text: string, standards: readonly StandardSummary[], now: string): Promise<ImportPlan> {
	const stored: Answer[] = await getAnswers(existing.id);
	const result = importVisibleBlock(text, standards, now, { pr: existing.pr, id: existing.id, existing: { session: existing, answers: stored } });
	if (!result.ok) return { kind: 'error', message: result.message };
	const changed: MergeResult = result.changed ?? { session: null, answers: [] };
	const byText = result.byText;
	if (!changed.session && changed.answers.length === 0) return { kind: 'unchanged', session: existing, report: NO_REPORT, byText };
	// The lines do not say when they were written: answers already here count as newer (kept unless the user chooses the pasted ones).
	const preview = importPreview(changed.answers, stored, undefined, changed.session !== null, NO_REPORT);
	return { kind: 'update', session: existing, stored, changed, writtenAt: undefined, preview, text, now, byText };
}

/** `pr`: the pull request the user named for a block whose hidden data is missing. */
export async function prepareImport(text: string, standards: readonly StandardSummary[], now: string, id: string, pr?: PrRef): Promise<ImportPlan> {
	try {
		if (!hasHiddenData(text)) return await prepareByText(text, standards, now, id, pr);
	} catch (error) {
		return failed(error);
	}
	const fresh = importPrBody(text, standards, now, { id });
	if (!fresh.ok) return { kind: 'error', message: fresh.message };
	try {
		const existing = await getSessionByPr(fresh.session.pr, fresh.session.role);
		if (existing) return await planUpdate(existing, text, standards, now);
		return { kind: 'new', session: fresh.session, answers: fresh.answers, answered: answeredCount(fresh.answers), report: fresh.report, text, now };
	} catch (error) {
		return failed(error);
	}
}

async function applyUpdate(plan: Extract<ImportPlan, { kind: 'update' }>, usePasted: boolean): Promise<ImportOutcome> {
	const rows = rowsToApply(plan.changed.answers, plan.stored, plan.writtenAt, usePasted);
	const kept = plan.changed.answers.length - rows.length;
	const patch = plan.changed.session ? sessionPatch(plan.changed.session) : undefined;
	if (rows.length === 0 && !patch) return { kind: 'unchanged', session: plan.session };
	// Answers and session change in one transaction: all of it is stored or none.
	await setAnswers(plan.session.id, rows, patch);
	return { kind: 'updated', session: plan.changed.session ?? plan.session, answers: rows.length, kept };
}

async function applyNew(plan: Extract<ImportPlan, { kind: 'new' }>, standards: readonly StandardSummary[]): Promise<ImportOutcome> {
	const opened = await createOrOpenSession(plan.session);
	if (!opened.created) {
		// Started in another tab a moment ago: update that one, keeping its newer answers.
		const again = plan.byText ? await planByTextUpdate(opened.session, plan.text, standards, plan.now) : await planUpdate(opened.session, plan.text, standards, plan.now);
		if (again.kind === 'update') return applyUpdate(again, false);
		return again.kind === 'error' ? again : { kind: 'unchanged', session: opened.session };
	}
	try {
		await setAnswers(plan.session.id, plan.answers);
	} catch (error) {
		// Take the half-made review away again: a failed import changes nothing.
		await deleteSession(plan.session.id).catch(() => undefined);
		throw error;
	}
	return { kind: 'created', session: opened.session, answers: plan.answered };
}

/** Write what the plan says. `usePasted`: the pasted answers win over answers changed here since the block was written. */
export async function applyImport(plan: ImportPlan, standards: readonly StandardSummary[], usePasted = false): Promise<ImportOutcome> {
	if (plan.kind === 'error') return plan;
	if (plan.kind === 'needs-pr') return { kind: 'error', message: 'Say which pull request the block is for first. Nothing was changed.' };
	if (plan.kind === 'unchanged') return { kind: 'unchanged', session: plan.session };
	// Through the one save tracker: a tab closing mid-import is held, and a failure is said here.
	const done = await saveTracker.attempt(`import:${plan.session.prKey}`, () => (plan.kind === 'new' ? applyNew(plan, standards) : applyUpdate(plan, usePasted)));
	if (!done.ok) return { kind: 'error', message: `${done.message} Nothing was changed.` };
	rememberReviewStored();
	return done.value;
}

/** Both steps at once, keeping newer local answers (for callers that show no preview). */
export async function importReview(text: string, standards: readonly StandardSummary[], now: string, id: string): Promise<ImportOutcome> {
	return applyImport(await prepareImport(text, standards, now, id), standards);
}
