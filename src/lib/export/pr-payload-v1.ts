/**
 * Reading the hidden comment of blocks written before the compact format
 * (`shipshape:v1`: base64 of plain JSON with every item's text). PR
 * descriptions written then still exist; Shipshape no longer writes them.
 */
import { z } from 'zod/mini';
import { prioritySchema, tierNumberSchema } from '$lib/content/schema';
import { answerStateSchema, prRefSchema } from '$lib/review/schema';
import { settingsFields, type DecodeResult, type PayloadEntry } from './pr-payload-types';

export const LEGACY_TAG = 'shipshape:v1';

const itemSchema = z.object({
	id: z.string().check(z.minLength(1)),
	text: z.string(),
	label: z.optional(z.string()),
	priority: z.optional(prioritySchema),
	answer: z.optional(z.string()),
	hidden: z.optional(z.object({ state: z.optional(answerStateSchema), note: z.optional(z.string()) }))
});

const groupSchema = z.object({
	standard: z.string().check(z.minLength(1)),
	checklist: z.string().check(z.minLength(1)),
	tier: z.optional(tierNumberSchema),
	items: z.array(itemSchema)
});

const legacySchema = z.object({
	v: z.literal(1),
	pr: prRefSchema,
	...settingsFields,
	groups: z.array(groupSchema)
});
type LegacyGroup = z.infer<typeof groupSchema>;

function entries(groups: readonly LegacyGroup[]): PayloadEntry[] {
	return groups.flatMap((g) =>
		g.items.map((p): PayloadEntry => {
			const id = p.id.startsWith('/') ? p.id.slice(1) : `${g.standard}/${g.checklist}/${p.id}`;
			const entry: PayloadEntry = { standard: g.standard, checklist: g.checklist, id, lined: p.hidden === undefined, text: p.text, answer: p.answer ?? '' };
			if (g.tier !== undefined) entry.tier = g.tier;
			if (p.label !== undefined) entry.label = p.label;
			if (p.priority !== undefined) entry.priority = p.priority;
			if (p.hidden) {
				entry.state = p.hidden.state ?? 'open';
				entry.note = p.hidden.note ?? '';
			}
			return entry;
		})
	);
}

export function decodeLegacy(data: string): DecodeResult {
	let json: unknown;
	try {
		const binary = atob(data);
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
	} catch {
		return { ok: false, reason: 'its data is damaged (it is not the text Shipshape wrote)' };
	}
	const parsed = legacySchema.safeParse(json);
	if (!parsed.success) return { ok: false, reason: 'its data is incomplete or from an unknown version' };
	const { groups, v: _v, pr, ...settings } = parsed.data;
	return { ok: true, payload: { version: 1, settings: { ...settings, pr: { host: pr.host, repo: pr.repo, number: pr.number, ...(pr.hostname ? { hostname: pr.hostname } : {}) } }, entries: entries(groups) } };
}
