/**
 * Building sessions: a new review of a PR, a copy of an earlier review's
 * settings for another PR, and a change of the chosen checklists. Pure: the
 * id and the time come from the caller so tests and restores are exact.
 */
import type { Role, StandardSummary } from '$lib/content/schema';
import type { CommitFields, PrRef, Session, UsedItem } from './schema';
import { prKey } from './pr-ref';
import { toUsedItem } from './item-placement';
import { scopedKey } from './tiers';

/**
 * 'feat' is the most common Conventional Commit type and keeps the header
 * valid before the user picks one; `refs` on adds "Refs: <PR url>".
 */
export const emptyCommitFields = (): CommitFields => ({ type: 'feat', scope: '', description: '', breaking: '', refs: true });

/** The role's default checklists (`standard.defaults[role]`), as session keys; status lists and unknown ids are left out. */
export function defaultChecklists(standards: readonly StandardSummary[], role: Role): string[] {
	const keys: string[] = [];
	for (const standard of standards) {
		for (const id of standard.defaults[role]) {
			const checklist = standard.checklists.find((c) => c.id === id);
			if (checklist && checklist.kind === 'review') keys.push(scopedKey(standard.slug, id));
		}
	}
	return keys;
}

/** Chosen keys that exist in the content, in content order, without duplicates. */
function knownChecklists(standards: readonly StandardSummary[], chosen: readonly string[]): string[] {
	const keys: string[] = [];
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			const key = scopedKey(standard.slug, checklist.id);
			if (chosen.includes(key) && checklist.kind === 'review') keys.push(key);
		}
	}
	return keys;
}

/** Snapshot of every item of the chosen checklists, in content order: what the review keeps and exports. */
function snapshotItems(standards: readonly StandardSummary[], checklists: readonly string[]): Record<string, UsedItem> {
	const items: Record<string, UsedItem> = {};
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			if (!checklists.includes(scopedKey(standard.slug, checklist.id))) continue;
			for (const item of checklist.items) items[item.id] = toUsedItem(standard, checklist, item);
		}
	}
	return items;
}

/** Versions of the standards the session takes items from: the base of content-drift. */
function versionsOf(standards: readonly StandardSummary[], checklists: readonly string[]): Record<string, string> {
	const versions: Record<string, string> = {};
	for (const s of standards) {
		if (checklists.some((key) => key.startsWith(`${s.slug}/`))) versions[s.slug] = s.version;
	}
	return versions;
}

export interface NewSessionInput {
	id: string;
	pr: PrRef;
	title: string;
	role: Role;
	/** `${standardSlug}/${checklistId}`; absent or empty: the role's defaults. */
	checklists?: readonly string[];
	standards: readonly StandardSummary[];
	/** UTC ISO string. */
	now: string;
}

export function newSession(input: NewSessionInput): Session {
	const { standards, role } = input;
	const chosen = input.checklists?.length ? input.checklists : defaultChecklists(standards, role);
	const checklists = knownChecklists(standards, chosen);
	return {
		id: input.id,
		pr: { ...input.pr },
		prKey: prKey(input.pr, role),
		title: input.title.trim(),
		role,
		checklists,
		triggers: [],
		tierOverrides: {},
		fiveSecond: {},
		commit: emptyCommitFields(),
		items: snapshotItems(standards, checklists),
		contentVersions: versionsOf(standards, checklists),
		status: 'in-progress',
		createdAt: input.now,
		updatedAt: input.now
	};
}

export interface CopySettingsInput {
	id: string;
	pr: PrRef;
	title: string;
	standards: readonly StandardSummary[];
	now: string;
	/** Defaults to the role of the session copied from. */
	role?: Role;
	/** The checklists chosen for the new review; defaults to those of the review copied from (same role) or the role's defaults. */
	checklists?: readonly string[];
}

/**
 * "Start from this one": the same checklists (or the ones the user chose on
 * top of them), tier triggers and overrides and commit type/scope for another PR. Answers, the 5-second rule and the commit
 * description belong to the old PR and are not copied; item texts are taken
 * fresh from the current content.
 */
export function copySettings(from: Session, input: CopySettingsInput): Session {
	const role = input.role ?? from.role;
	const base = newSession({ ...input, role, checklists: input.checklists ?? (role === from.role ? from.checklists : undefined) });
	if (role !== from.role) return base;
	return {
		...base,
		triggers: [...from.triggers],
		tierOverrides: { ...from.tierOverrides },
		commit: { ...base.commit, type: from.commit.type, scope: from.commit.scope, refs: from.commit.refs }
	};
}

/**
 * Change the chosen checklists. Items already in the session keep their stored
 * text (answers refer to it); newly chosen checklists are snapshotted now.
 */
export function withChecklists(session: Session, standards: readonly StandardSummary[], chosen: readonly string[], now: string): Session {
	// Choices from a standard that is not loaded (a deleted custom one) stay as they were.
	const orphans = chosen.filter((k) => session.checklists.includes(k) && !standards.some((s) => k.startsWith(`${s.slug}/`)));
	const checklists = [...knownChecklists(standards, chosen), ...orphans];
	const fresh = snapshotItems(standards, checklists);
	const items = { ...fresh, ...session.items };
	const contentVersions = { ...versionsOf(standards, checklists), ...session.contentVersions };
	return { ...session, checklists, items, contentVersions, updatedAt: now };
}
