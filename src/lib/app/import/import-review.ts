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
import { importPrBody, type EntryReport, type MergeResult } from '$lib/import/pr-import';
import { importPreview, rowsToApply, type ImportPreview } from '$lib/import/import-preview';
import type { SessionPatch } from '$lib/review/patches';
import type { Answer, Session } from '$lib/review/schema';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import { rememberReviewStored } from '$lib/app/home/reviews-flag';

export type ImportOutcome =
	| { kind: 'created'; session: Session; answers: number }
	| { kind: 'updated'; session: Session; answers: number; kept: number }
	| { kind: 'unchanged'; session: Session }
	| { kind: 'error'; message: string };

/** What an import would do, before it does it. */
export type ImportPlan =
	| { kind: 'error'; message: string }
	| { kind: 'new'; session: Session; answers: Answer[]; answered: number; report: EntryReport; text: string; now: string }
	| { kind: 'unchanged'; session: Session; report: EntryReport }
	| { kind: 'update'; session: Session; stored: Answer[]; changed: MergeResult; writtenAt: string | undefined; preview: ImportPreview; text: string; now: string };

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
const answeredCount = (answers: readonly Answer[]): number => answers.filter((a) => a.state !== 'open' || a.note !== '' || a.answer !== '').length;

async function planUpdate(existing: Session, text: string, standards: readonly StandardSummary[], now: string): Promise<ImportPlan> {
	const stored: Answer[] = await getAnswers(existing.id);
	const result = importPrBody(text, standards, now, { existing: { session: existing, answers: stored } });
	if (!result.ok) return { kind: 'error', message: result.message };
	const changed: MergeResult = result.changed ?? { session: null, answers: [] };
	if (!changed.session && changed.answers.length === 0) return { kind: 'unchanged', session: existing, report: result.report };
	const preview = importPreview(changed.answers, stored, result.writtenAt, changed.session !== null, result.report);
	return { kind: 'update', session: existing, stored, changed, writtenAt: result.writtenAt, preview, text, now };
}

export async function prepareImport(text: string, standards: readonly StandardSummary[], now: string, id: string): Promise<ImportPlan> {
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
		const again = await planUpdate(opened.session, plan.text, standards, plan.now);
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
