/**
 * The YAML frontmatter of a standard: what markdown cannot say (tiers and
 * their triggers, roles, priorities, the 5-second rule, commit labels,
 * defaults). Checklists are named by their title as the document shows it
 * (plus the nearest heading when a title repeats); items by their text or
 * its first words, so the YAML reads like the document.
 */
import { z } from 'zod/mini';
import { prioritySchema, roleSchema, tierNumberSchema } from './schema';

const text = z.string().check(z.minLength(1));
/** Explicit ids: lowercase kebab-case, so they are safe in URLs and keys. */
const explicitId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const itemEntrySchema = z.strictObject({
	/** The item's plain text, or its first words up to a space ("Timeout configured?"). */
	text,
	id: z.optional(explicitId),
	priority: z.optional(prioritySchema),
	label: z.optional(text),
	suggestions: z.optional(z.array(text)),
	/** Section id that explains the item (default: the list's own section). */
	section: z.optional(text)
});
export type ItemEntry = z.infer<typeof itemEntrySchema>;

export const checklistEntrySchema = z.strictObject({
	/** The list's title as derived from the document (bold label or heading). */
	title: text,
	/** Nearest heading, to tell apart lists that share a title ("Questions"). */
	heading: z.optional(text),
	id: z.optional(explicitId),
	tier: z.optional(tierNumberSchema),
	roles: z.optional(z.array(roleSchema)),
	items: z.optional(z.array(itemEntrySchema))
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export const tierEntrySchema = z.strictObject({
	tier: tierNumberSchema,
	/**
	 * The checklists that make up the tier (its "tier lists"); they get the
	 * tier. Other lists may carry the tier too (via their own `tier`) without
	 * being part of this list. Default: every list with that tier.
	 */
	checklists: z.optional(z.array(text)),
	/** What makes the tier apply, in the standard's words. Tier 1 has none. */
	triggers: z.optional(z.array(z.strictObject({ id: explicitId, label: text }))),
	/**
	 * Path globs: a change that touches a matching file needs this tier
	 * (suggested in the new-review form, required by the PR gate).
	 */
	paths: z.optional(z.array(z.string()))
});

export const fiveSecondEntrySchema = z.strictObject({
	id: z.optional(explicitId),
	question: text,
	leadsTo: text,
	/** `checklist-id/item-key`: the item's explicit id or its derived text key. */
	item: text,
	/** Commit answer a "no" fills in; absent: a "no" leaves the item open. */
	answerWhenNo: z.optional(text)
});

export const frontmatterSchema = z.strictObject({
	title: z.optional(text),
	summary: z.optional(text),
	/** Reading order among the bundled standards (ascending). */
	order: z.optional(z.number()),
	/** Metadata some seeds carried as agent-skill frontmatter; kept verbatim. */
	name: z.optional(z.string()),
	description: z.optional(z.string()),
	/** Roles for checklists the frontmatter does not list (default: both). */
	roles: z.optional(z.array(roleSchema)),
	checklists: z.optional(z.array(checklistEntrySchema)),
	tiers: z.optional(z.array(tierEntrySchema)),
	fiveSecondRule: z.optional(z.array(fiveSecondEntrySchema)),
	defaults: z.optional(
		z.strictObject({ author: z.optional(z.array(text)), reviewer: z.optional(z.array(text)) })
	)
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;
