/**
 * Starting a review from the new-review form: build the session (fresh, or
 * "start from this one" with the user's own choice of checklists), store it
 * through the save tracker, and ask for persistent storage. One session per
 * PR and role: an existing one is opened instead.
 */
import type { Role, StandardSummary } from '$lib/content/schema';
import { createOrOpenSession, getSession } from '$lib/db/sessions-repo';
import { requestPersistentStorage } from '$lib/db/persistence';
import { newId, nowIso } from '$lib/review/clock';
import { copySettings, newSession } from '$lib/review/new-session';
import type { PrRef, Session } from '$lib/review/schema';
import { withPathTiers, type PathTier } from '$lib/review/tier-paths';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import { rememberReviewStored } from '$lib/app/home/reviews-flag';

export interface StartReviewInput {
	pr: PrRef;
	title: string;
	role: Role;
	/** `${standardSlug}/${checklistId}` as ticked in the form. */
	checklists: readonly string[];
	standards: readonly StandardSummary[];
	/** "Start from this one": the review whose settings are copied. */
	source?: Session;
	/** Tiers the pasted changed files need: the review starts with them on. */
	pathTiers?: readonly PathTier[];
}

export type StartReviewResult = { ok: true; id: string; created: boolean } | { ok: false; message: string };

export async function startReview(input: StartReviewInput): Promise<StartReviewResult> {
	const base = { id: newId(), pr: input.pr, title: input.title, role: input.role, standards: input.standards, checklists: input.checklists, now: nowIso() };
	const made = input.source ? copySettings(input.source, base) : newSession(base);
	const session = withPathTiers(made, input.standards, input.pathTiers ?? [], base.now);
	const stored = await saveTracker.attempt('new-review', () => createOrOpenSession(session));
	if (!stored.ok) return stored;
	rememberReviewStored();
	void requestPersistentStorage();
	return { ok: true, id: stored.value.session.id, created: stored.value.created };
}

/** The review to copy settings from, when it still exists. */
export const loadSourceReview = (id: string): Promise<Session | undefined> => getSession(id);
