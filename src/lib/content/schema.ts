/**
 * The typed content model: what the build-time pipeline produces from
 * content/standards/*.md (and what a user's own standard becomes in the
 * browser). zod/mini so the same schemas can ship to the browser cheaply.
 */
import { z } from 'zod/mini';

export const roleSchema = z.enum(['author', 'reviewer']);
export type Role = z.infer<typeof roleSchema>;

export const prioritySchema = z.enum(['P0', 'P1', 'P2']);
export type Priority = z.infer<typeof prioritySchema>;

export const tierNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type TierNumber = z.infer<typeof tierNumberSchema>;

/** One checkbox of a checklist. */
export const checklistItemSchema = z.object({
	/** Stable, globally unique: explicit in frontmatter or derived from standard + checklist + text. */
	id: z.string().check(z.minLength(1)),
	/** Plain text as the standard states it (no markdown): accessible name, export text. */
	text: z.string().check(z.minLength(1)),
	/** Inline-formatted HTML (bold, code) for display; sanitized. */
	html: z.string(),
	/** Reviewer priority, from frontmatter. */
	priority: z.optional(prioritySchema),
	/** Commit-message label ("Concurrency"), from frontmatter. */
	label: z.optional(z.string()),
	/** Suggested commit-message answers ("Thread-safe via RLock"). */
	suggestions: z.optional(z.array(z.string())),
	/** Anchor id of the section of the standard that explains this item. */
	detailSectionId: z.string(),
	/** 1-based line in the source markdown (for error messages and "edit" links). */
	line: z.number()
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
	/** Unique within the standard. */
	id: z.string().check(z.minLength(1)),
	/** Heading or bold label that names the list ("Tier 1 - MANDATORY FOR ALL CODE"). */
	title: z.string(),
	/** Nearest heading above the list (may equal title). */
	heading: z.string(),
	/** Anchor id of the section the list sits in. */
	sectionId: z.string(),
	/** 'status' lists (pre-ticked "Current Status") are shown in reading mode only. */
	kind: z.enum(['review', 'status']),
	tier: z.optional(tierNumberSchema),
	roles: z.array(roleSchema),
	items: z.array(checklistItemSchema),
	/** 1-based line of the list's first item in the source markdown. */
	line: z.optional(z.number())
});
export type Checklist = z.infer<typeof checklistSchema>;

/** A heading of the standard: table of contents and anchor target. */
export const sectionSchema = z.object({
	id: z.string(),
	title: z.string(),
	level: z.number()
});
export type Section = z.infer<typeof sectionSchema>;

/** What makes Tier 2 or Tier 3 apply. */
export const tierTriggerSchema = z.object({ id: z.string(), label: z.string() });
export type TierTrigger = z.infer<typeof tierTriggerSchema>;

export const tierSchema = z.object({
	tier: tierNumberSchema,
	/** Ids of the checklists that make up this tier. */
	checklistIds: z.array(z.string()),
	/** Empty for Tier 1: it always applies. */
	triggers: z.array(tierTriggerSchema),
	/** Path globs of changed files that make the tier needed (absent: none). */
	paths: z.optional(z.array(z.string()))
});
export type Tier = z.infer<typeof tierSchema>;

/** One question of the 5-second rule and the check it leads to. */
export const fiveSecondQuestionSchema = z.object({
	id: z.string(),
	question: z.string(),
	/** What the standard says it leads to ("Concurrency check"). */
	leadsTo: z.string(),
	/** The item a "no" answers. */
	itemId: z.string(),
	/** The commit answer a "no" fills in ("No shared state"); absent: a "no" leaves the item open. */
	answerWhenNo: z.optional(z.string())
});
export type FiveSecondQuestion = z.infer<typeof fiveSecondQuestionSchema>;

/** Plain text of one section, for client-side search. */
export const searchEntrySchema = z.object({
	sectionId: z.string(),
	title: z.string(),
	text: z.string()
});
export type SearchEntry = z.infer<typeof searchEntrySchema>;

/** A standard without its rendered body: what the review workbook needs. */
export const standardSummarySchema = z.object({
	slug: z.string().check(z.minLength(1)),
	title: z.string(),
	summary: z.string(),
	/** Hash of the source; a session remembers it to notice content changes. */
	version: z.string(),
	source: z.enum(['bundled', 'custom']),
	/** Reading order among the bundled standards (ascending), from frontmatter. */
	order: z.optional(z.number()),
	sections: z.array(sectionSchema),
	checklists: z.array(checklistSchema),
	tiers: z.array(tierSchema),
	fiveSecondRule: z.array(fiveSecondQuestionSchema),
	/** Default checklists per role for a new review. */
	defaults: z.object({ author: z.array(z.string()), reviewer: z.array(z.string()) })
});
export type StandardSummary = z.infer<typeof standardSummarySchema>;

/** A whole standard, for reading mode. */
export const standardSchema = z.extend(standardSummarySchema, {
	/** Sanitized HTML of the whole document, headings carrying their section ids. */
	html: z.string(),
	search: z.array(searchEntrySchema)
});
export type Standard = z.infer<typeof standardSchema>;
