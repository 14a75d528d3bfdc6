/**
 * Restoring a review from a pasted PR description: parse and check all of it
 * first (importPrBody), then write in one step, so an error changes nothing.
 * A review of the same PR and role that already exists is updated with only
 * what differs, so importing the same text twice writes nothing.
 */
import type { StandardSummary } from '$lib/content/schema';
import { loadAllStandards } from '$lib/custom/all-standards';
import { getAnswers, setAnswers } from '$lib/db/answers-repo';
import { createOrOpenSession, deleteSession, getSessionByPr } from '$lib/db/sessions-repo';
import { importPrBody, type MergeResult } from '$lib/import/pr-import';
import type { SessionPatch } from '$lib/review/patches';
import type { Answer, Session } from '$lib/review/schema';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export type ImportOutcome =
	| { kind: 'created'; session: Session; answers: number }
	| { kind: 'updated'; session: Session; answers: number }
	| { kind: 'unchanged'; session: Session }
	| { kind: 'error'; message: string };

/** The standards a block may name: bundled (precached, so this works offline) and the user's own. */
export async function loadStandards(fetchFn: typeof fetch = fetch): Promise<StandardSummary[]> {
	try {
		return await loadAllStandards(fetchFn);
	} catch (e) {
		throw new Error(`${e instanceof Error ? e.message : 'The standards could not be loaded.'} Nothing was imported.`);
	}
}

/** The session fields an import may change, as a patch (identity, status and dates stay). */
function sessionPatch(merged: Session): SessionPatch {
	const { title, checklists, triggers, tierOverrides, fiveSecond, commit, items, contentVersions } = merged;
	return { title, checklists, triggers, tierOverrides, fiveSecond, commit, items, contentVersions };
}

async function mergeInto(existing: Session, text: string, standards: readonly StandardSummary[], now: string): Promise<ImportOutcome> {
	const stored: Answer[] = await getAnswers(existing.id);
	const result = importPrBody(text, standards, now, { existing: { session: existing, answers: stored } });
	if (!result.ok) return { kind: 'error', message: result.message };
	const changed: MergeResult = result.changed ?? { session: null, answers: [] };
	if (!changed.session && changed.answers.length === 0) return { kind: 'unchanged', session: existing };
	// Answers and session change in one transaction: all of it is stored or none.
	await setAnswers(existing.id, changed.answers, changed.session ? sessionPatch(changed.session) : undefined);
	return { kind: 'updated', session: changed.session ?? existing, answers: changed.answers.length };
}

async function create(session: Session, answers: Answer[], text: string, standards: readonly StandardSummary[], now: string): Promise<ImportOutcome> {
	const opened = await createOrOpenSession(session);
	// Started in another tab a moment ago: update that one instead.
	if (!opened.created) return mergeInto(opened.session, text, standards, now);
	try {
		await setAnswers(session.id, answers);
	} catch (error) {
		// Take the half-made review away again: a failed import changes nothing.
		await deleteSession(session.id).catch(() => undefined);
		throw error;
	}
	// Rows for untouched items are stored too, but only answers count for the user.
	const answered = answers.filter((a) => a.state !== 'open' || a.note !== '' || a.answer !== '').length;
	return { kind: 'created', session: opened.session, answers: answered };
}

export async function importReview(text: string, standards: readonly StandardSummary[], now: string, id: string): Promise<ImportOutcome> {
	const fresh = importPrBody(text, standards, now, { id });
	if (!fresh.ok) return { kind: 'error', message: fresh.message };
	const done = await saveTracker.attempt(`import:${fresh.session.prKey}`, async () => {
		const existing = await getSessionByPr(fresh.session.pr, fresh.session.role);
		if (existing) return mergeInto(existing, text, standards, now);
		return create(fresh.session, fresh.answers, text, standards, now);
	});
	return done.ok ? done.value : { kind: 'error', message: `${done.message} Nothing was changed.` };
}
