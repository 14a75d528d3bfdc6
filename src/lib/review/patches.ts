/**
 * What a user edit may change of a session or an answer. Strict objects: a
 * patch that tries to change an id, a key or a timestamp is rejected, not
 * silently stripped.
 */
import { z } from 'zod/mini';
import { prKey } from './pr-ref';
import { answerSchema, commitFieldsSchema, sessionSchema, type Session } from './schema';

const s = sessionSchema.shape;

export const sessionPatchSchema = z.strictObject({
	title: z.optional(s.title),
	/** Changing the PR changes the session's prKey. */
	pr: z.optional(s.pr),
	checklists: z.optional(s.checklists),
	triggers: z.optional(s.triggers),
	tierOverrides: z.optional(s.tierOverrides),
	fiveSecond: z.optional(s.fiveSecond),
	/** Merged into the stored commit fields: one field typed, one field written. */
	commit: z.optional(z.partial(commitFieldsSchema)),
	items: z.optional(s.items),
	contentVersions: z.optional(s.contentVersions),
	status: z.optional(s.status)
});
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

const a = answerSchema.shape;

export const answerPatchSchema = z.strictObject({
	state: z.optional(a.state),
	note: z.optional(a.note),
	answer: z.optional(a.answer),
	reason: z.optional(a.reason),
	stateBeforeNa: z.optional(a.stateBeforeNa)
});
export type AnswerPatch = z.infer<typeof answerPatchSchema>;

/** The session with a patch applied and updatedAt bumped; a new PR brings its new prKey. */
export function patchedSession(session: Session, patch: SessionPatch, now: string): Session {
	const { commit, ...rest } = patch;
	// `{ title: undefined }` means "no change", not "erase the title".
	const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
	const next: Session = { ...session, ...defined, updatedAt: now };
	if (commit) next.commit = { ...session.commit, ...commit };
	if (patch.pr) next.prKey = prKey(patch.pr, session.role);
	return next;
}
