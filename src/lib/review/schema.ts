/**
 * Review sessions and answers: the records kept in IndexedDB, exported in
 * backups and restored from PR bodies. zod/mini: these ship to the browser.
 */
import { z } from 'zod/mini';
import { roleSchema, tierNumberSchema } from '$lib/content/schema';

export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/));

/** A pull request, normalised from a URL or `owner/repo#123`. */
export const prRefSchema = z.object({
	host: z.enum(['github', 'gitlab', 'bitbucket']),
	/** "owner/repo" (GitLab: the full group path). */
	repo: z.string().check(z.minLength(1)),
	number: z.number().check(z.int(), z.positive()),
	/** Canonical URL of the PR. */
	url: z.string(),
	/**
	 * Web host of a GitHub Enterprise or self-hosted GitLab PR ("git.acme.io");
	 * absent for github.com, gitlab.com and bitbucket.org, as in every session
	 * stored before self-hosted PRs were accepted, so their keys do not change.
	 */
	hostname: z.optional(z.string())
});
export type PrRef = z.infer<typeof prRefSchema>;

export const sessionStatusSchema = z.enum(['in-progress', 'complete', 'archived']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** The text of an item as the session used it: exports stay stable when content changes. */
export const usedItemSchema = z.object({
	id: z.string(),
	standardSlug: z.string(),
	checklistId: z.string(),
	text: z.string(),
	label: z.optional(z.string()),
	priority: z.optional(z.enum(['P0', 'P1', 'P2'])),
	tier: z.optional(tierNumberSchema)
});
export type UsedItem = z.infer<typeof usedItemSchema>;

export const commitFieldsSchema = z.object({
	type: z.string(),
	scope: z.string(),
	description: z.string(),
	breaking: z.string(),
	refs: z.boolean()
});
export type CommitFields = z.infer<typeof commitFieldsSchema>;

export const sessionSchema = z.object({
	id: z.string().check(z.minLength(1)),
	pr: prRefSchema,
	/** `${host}:${repo}#${number}|${role}`: one session per PR and role. */
	prKey: z.string(),
	title: z.string(),
	role: roleSchema,
	/** Chosen checklists, as `${standardSlug}/${checklistId}`. */
	checklists: z.array(z.string()),
	/** Tier 2 / 3 triggers that are switched on, as `${standardSlug}/${triggerId}`. */
	triggers: z.array(z.string()),
	/** Tiers forced on or off by hand, overriding the triggers. */
	tierOverrides: z.record(z.string(), z.boolean()),
	/** 5-second rule: question id → yes (true) / no (false). */
	fiveSecond: z.record(z.string(), z.boolean()),
	commit: commitFieldsSchema,
	/** Item texts as used, by item id. */
	items: z.record(z.string(), usedItemSchema),
	/** Content versions at the time the session was made, by standard slug. */
	contentVersions: z.record(z.string(), z.string()),
	status: sessionStatusSchema,
	createdAt: isoDateSchema,
	updatedAt: isoDateSchema
});
export type Session = z.infer<typeof sessionSchema>;

export const answerStateSchema = z.enum(['open', 'done', 'na', 'fail']);
export type AnswerState = z.infer<typeof answerStateSchema>;

/** One row per (session, item): two tabs never overwrite each other's ticks. */
export const answerSchema = z.object({
	sessionId: z.string(),
	itemId: z.string(),
	state: answerStateSchema,
	/** Free note. Rows stored before `reason` existed kept an N/A's reason here (see review/na.ts). */
	note: z.string(),
	/** Commit-message answer for labelled checks ("No shared state"). */
	answer: z.string(),
	/** Why the check does not apply; a field of its own so marking N/A never replaces the note. */
	reason: z.optional(z.string()),
	/** The state before N/A, so "Undo N/A" returns to it. */
	stateBeforeNa: z.optional(z.enum(['open', 'done', 'fail'])),
	updatedAt: isoDateSchema
});
export type Answer = z.infer<typeof answerSchema>;
