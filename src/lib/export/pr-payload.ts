/**
 * The hidden comment at the end of a PR Self-QA block: what is needed to
 * restore the session when the block is pasted back. Base64 (standard
 * alphabet, no padding) of UTF-8 JSON: its alphabet has no "-", so the
 * comment can never contain "--" or end early, and GitHub keeps it verbatim.
 * Validated with zod/mini on the way back in: the text was out of our hands.
 */
import { z } from 'zod/mini';
import { prioritySchema, roleSchema, tierNumberSchema } from '$lib/content/schema';
import { answerStateSchema, commitFieldsSchema, prRefSchema, type AnswerState, type UsedItem } from '$lib/review/schema';

export const PAYLOAD_TAG = 'shipshape:v1';

/**
 * Items are grouped by checklist and ids stored without their
 * `${standard}/${checklist}/` prefix: a PR description holds at most 65,536
 * characters and the block must leave room for the author's own text.
 */
export const payloadItemSchema = z.object({
	id: z.string().check(z.minLength(1)),
	text: z.string(),
	label: z.optional(z.string()),
	priority: z.optional(prioritySchema),
	answer: z.optional(z.string()),
	/** Items with no line in the block carry their state here (the lines carry the rest); absent fields: open, no note. */
	hidden: z.optional(z.object({ state: z.optional(answerStateSchema), note: z.optional(z.string()) }))
});
export type PayloadItem = z.infer<typeof payloadItemSchema>;

export const payloadGroupSchema = z.object({
	standard: z.string().check(z.minLength(1)),
	checklist: z.string().check(z.minLength(1)),
	tier: z.optional(tierNumberSchema),
	items: z.array(payloadItemSchema)
});
export type PayloadGroup = z.infer<typeof payloadGroupSchema>;

export const payloadSchema = z.object({
	v: z.literal(1),
	pr: prRefSchema,
	role: roleSchema,
	title: z.string(),
	checklists: z.array(z.string()),
	triggers: z.array(z.string()),
	tierOverrides: z.record(z.string(), z.boolean()),
	fiveSecond: z.record(z.string(), z.boolean()),
	commit: commitFieldsSchema,
	contentVersions: z.record(z.string(), z.string()),
	/** Items with a line first, in the order of the lines; then the session's other items. */
	groups: z.array(payloadGroupSchema)
});
export type Payload = z.infer<typeof payloadSchema>;

const idPrefix = (standard: string, checklist: string): string => `${standard}/${checklist}/`;

/** The id as stored in the payload: without the prefix every derived id has. */
export function shortId(standard: string, checklist: string, id: string): string {
	const prefix = idPrefix(standard, checklist);
	return id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : `/${id}`;
}

/** Inverse of shortId: a leading "/" marks an id stored whole. */
export function fullId(standard: string, checklist: string, short: string): string {
	return short.startsWith('/') ? short.slice(1) : `${idPrefix(standard, checklist)}${short}`;
}

/** One stored item with what the payload says about its answer. */
export interface PayloadEntry {
	item: UsedItem;
	answer: string;
	/** Set for items without a line in the block. */
	hidden?: { state: AnswerState; note: string };
}

function payloadItem(e: PayloadEntry): PayloadItem {
	const { item } = e;
	const out: PayloadItem = { id: shortId(item.standardSlug, item.checklistId, item.id), text: item.text };
	if (item.label !== undefined) out.label = item.label;
	if (item.priority !== undefined) out.priority = item.priority;
	if (e.answer !== '') out.answer = e.answer;
	if (e.hidden) {
		out.hidden = {};
		if (e.hidden.state !== 'open') out.hidden.state = e.hidden.state;
		if (e.hidden.note !== '') out.hidden.note = e.hidden.note;
	}
	return out;
}

/** Consecutive entries of one checklist share a group. */
export function toGroups(entries: readonly PayloadEntry[]): PayloadGroup[] {
	const groups: PayloadGroup[] = [];
	let last: PayloadGroup | undefined;
	for (const e of entries) {
		const { standardSlug: standard, checklistId: checklist, tier } = e.item;
		if (!last || last.standard !== standard || last.checklist !== checklist || last.tier !== tier) {
			last = tier === undefined ? { standard, checklist, items: [] } : { standard, checklist, tier, items: [] };
			groups.push(last);
		}
		last.items.push(payloadItem(e));
	}
	return groups;
}

export function fromGroups(groups: readonly PayloadGroup[]): PayloadEntry[] {
	return groups.flatMap((g) =>
		g.items.map((p): PayloadEntry => {
			const item: UsedItem = { id: fullId(g.standard, g.checklist, p.id), standardSlug: g.standard, checklistId: g.checklist, text: p.text };
			if (p.label !== undefined) item.label = p.label;
			if (p.priority !== undefined) item.priority = p.priority;
			if (g.tier !== undefined) item.tier = g.tier;
			const entry: PayloadEntry = { item, answer: p.answer ?? '' };
			if (p.hidden) entry.hidden = { state: p.hidden.state ?? 'open', note: p.hidden.note ?? '' };
			return entry;
		})
	);
}

function toBase64(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/=+$/, '');
}

function fromBase64(data: string): string {
	const binary = atob(data);
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function payloadComment(payload: Payload): string {
	return `<!-- ${PAYLOAD_TAG} ${toBase64(JSON.stringify(payload))} -->`;
}

/**
 * The last shipshape comment in a text: its base64 data (whitespace removed)
 * and where it starts. A scan with indexOf, not a regular expression: the
 * text is pasted by anyone, and a backtracking pattern over "<!-- shipshape:v1"
 * and a long run of spaces with no "-->" froze the tab for seconds.
 */
export function findPayloadComment(text: string): { data: string; index: number } | null {
	let found: { data: string; index: number } | null = null;
	let from = 0;
	for (;;) {
		const start = text.indexOf('<!--', from);
		if (start === -1) break;
		const end = text.indexOf('-->', start + 4);
		if (end === -1) break;
		const inner = text.slice(start + 4, end).trim();
		if (inner.startsWith(PAYLOAD_TAG) && /\s/.test(inner.charAt(PAYLOAD_TAG.length))) {
			const data = inner.slice(PAYLOAD_TAG.length).replace(/\s+/g, '');
			if (/^[A-Za-z0-9+/=]*$/.test(data)) found = { data, index: start };
		}
		from = end + 3;
	}
	return found;
}

export type DecodeResult = { ok: true; payload: Payload } | { ok: false; reason: string };

export function decodePayload(data: string): DecodeResult {
	let json: unknown;
	try {
		json = JSON.parse(fromBase64(data));
	} catch {
		return { ok: false, reason: 'its data is damaged (it is not the text Shipshape wrote)' };
	}
	const parsed = payloadSchema.safeParse(json);
	if (!parsed.success) return { ok: false, reason: 'its data is incomplete or from an unknown version' };
	return { ok: true, payload: parsed.data };
}
