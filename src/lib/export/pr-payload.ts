/**
 * The hidden comment at the end of a PR Self-QA block: what is needed to
 * restore the session when the block is pasted back. A PR description holds
 * at most 65,536 characters and the block must leave room for the author's
 * own text, so the data is compact: per checklist, item ids (without their
 * common prefix) and states; a note, an answer or a text only where the
 * visible line or the standard cannot give it back exactly. Deflated, then
 * base64 (standard alphabet, no padding): no "-" in it, so the comment can
 * never contain "--" or end early. The text was out of our hands: validated
 * with zod/mini and inflated with a size limit on the way back in.
 */
import { z } from 'zod/mini';
import { deflateSync, Inflate } from 'fflate';
import { tierNumberSchema } from '$lib/content/schema';
import { isoDateSchema, type AnswerState } from '$lib/review/schema';
import { decodeLegacy, LEGACY_TAG } from './pr-payload-v1';
import { settingsFields, type DecodedPayload, type DecodeResult, type PayloadEntry, type PayloadSettings } from './pr-payload-types';

export type { DecodedPayload, DecodeResult, PayloadEntry, PayloadSettings } from './pr-payload-types';

export const PAYLOAD_TAG = 'shipshape:v2';

/** Inflated JSON larger than this is not something Shipshape wrote (a 500-item review with long notes is ~200 KB). */
const MAX_JSON_BYTES = 2 * 1024 * 1024;

const STATE_CODES = { done: 'd', na: 'n', fail: 'f' } as const;
const codeSchema = z.enum(['d', 'n', 'f']);
type StateCode = z.infer<typeof codeSchema>;
const STATES: Record<StateCode, AnswerState> = { d: 'done', n: 'na', f: 'fail' };

const itemSchema = z.object({
	/** Id without the `${standard}/${checklist}/` prefix; a leading "/" marks an id stored whole. */
	i: z.string().check(z.minLength(1)),
	/** State; absent: open. */
	s: z.optional(codeSchema),
	/** Answer and note, only when the visible line does not give them back exactly (or there is no line). */
	a: z.optional(z.string()),
	n: z.optional(z.string()),
	/** N/A reason, likewise. */
	r: z.optional(z.string()),
	/** Text, only when it differs from the standard's (the standard changed since the review). */
	x: z.optional(z.string())
});
type CompactItem = z.infer<typeof itemSchema>;

const groupSchema = z.object({
	s: z.string().check(z.minLength(1)),
	c: z.string().check(z.minLength(1)),
	t: z.optional(tierNumberSchema),
	/** 1: these items have a line in the visible list. */
	l: z.optional(z.literal(1)),
	i: z.array(itemSchema)
});
type CompactGroup = z.infer<typeof groupSchema>;

export const payloadSchema = z.object({
	v: z.literal(2),
	pr: z.object({ host: z.enum(['github', 'gitlab', 'bitbucket']), repo: z.string().check(z.minLength(1)), number: z.number().check(z.int(), z.positive()), hostname: z.optional(z.string()) }),
	...settingsFields,
	/** When the review last changed before the block was written: local answers changed after it are newer. */
	w: z.optional(isoDateSchema),
	g: z.array(groupSchema)
});
type CompactPayload = z.infer<typeof payloadSchema>;

const idPrefix = (standard: string, checklist: string): string => `${standard}/${checklist}/`;

/** The id as stored: without the prefix every derived id has. */
export function shortId(standard: string, checklist: string, id: string): string {
	const prefix = idPrefix(standard, checklist);
	return id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : `/${id}`;
}

/** Inverse of shortId. */
export function fullId(standard: string, checklist: string, short: string): string {
	return short.startsWith('/') ? short.slice(1) : `${idPrefix(standard, checklist)}${short}`;
}

function compactItem(e: PayloadEntry): CompactItem {
	const out: CompactItem = { i: shortId(e.standard, e.checklist, e.id) };
	if (e.state !== undefined && e.state !== 'open') out.s = STATE_CODES[e.state];
	if (e.answer !== undefined) out.a = e.answer;
	if (e.note !== undefined) out.n = e.note;
	if (e.reason !== undefined) out.r = e.reason;
	if (e.text !== undefined) out.x = e.text;
	return out;
}

/** Consecutive entries of one checklist share a group. */
function toGroups(entries: readonly PayloadEntry[]): CompactGroup[] {
	const groups: CompactGroup[] = [];
	let last: CompactGroup | undefined;
	for (const e of entries) {
		if (!last || last.s !== e.standard || last.c !== e.checklist || last.t !== e.tier || (last.l === 1) !== e.lined) {
			last = { s: e.standard, c: e.checklist, i: [] };
			if (e.tier !== undefined) last.t = e.tier;
			if (e.lined) last.l = 1;
			groups.push(last);
		}
		last.i.push(compactItem(e));
	}
	return groups;
}

function fromGroups(groups: readonly CompactGroup[]): PayloadEntry[] {
	return groups.flatMap((g) =>
		g.i.map((p): PayloadEntry => {
			const entry: PayloadEntry = { standard: g.s, checklist: g.c, id: fullId(g.s, g.c, p.i), lined: g.l === 1, state: p.s ? STATES[p.s] : 'open' };
			if (g.t !== undefined) entry.tier = g.t;
			if (p.a !== undefined) entry.answer = p.a;
			if (p.n !== undefined) entry.note = p.n;
			if (p.r !== undefined) entry.reason = p.r;
			if (p.x !== undefined) entry.text = p.x;
			return entry;
		})
	);
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/=+$/, '');
}

/** Inflate with a ceiling: a few KB of crafted data must not become gigabytes. */
function inflateLimited(bytes: Uint8Array): Uint8Array {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const inflate = new Inflate({}, (chunk) => {
		total += chunk.length;
		if (total > MAX_JSON_BYTES) throw new Error('too large');
		chunks.push(chunk);
	});
	for (let at = 0; at < bytes.length; at += 1024) inflate.push(bytes.subarray(at, at + 1024), at + 1024 >= bytes.length);
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

export function payloadComment(settings: PayloadSettings, entries: readonly PayloadEntry[], writtenAt?: string): string {
	const { pr, ...rest } = settings;
	const payload: CompactPayload = { v: 2, pr: { host: pr.host, repo: pr.repo, number: pr.number, ...(pr.hostname ? { hostname: pr.hostname } : {}) }, ...rest, g: toGroups(entries) };
	if (writtenAt) payload.w = writtenAt;
	const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 });
	return `<!-- ${PAYLOAD_TAG} ${toBase64(bytes)} -->`;
}

export interface FoundComment {
	tag: typeof PAYLOAD_TAG | typeof LEGACY_TAG;
	data: string;
	index: number;
}

const SPACE = /\s/;
const DATA_OR_SPACE = /[A-Za-z0-9+/=\s]/;

/** The shipshape comment starting at `start` ("<!--"), or null. Reads only the tag and the data, so it stops early. */
function commentAt(text: string, start: number): FoundComment | null {
	let at = start + 4;
	while (SPACE.test(text.charAt(at))) at += 1;
	const tag = ([PAYLOAD_TAG, LEGACY_TAG] as const).find((t) => text.startsWith(t, at));
	if (!tag || !SPACE.test(text.charAt(at + tag.length))) return null;
	const dataStart = at + tag.length;
	let end = dataStart;
	while (DATA_OR_SPACE.test(text.charAt(end))) end += 1;
	if (!text.startsWith('-->', end)) return null;
	return { tag, data: text.slice(dataStart, end).replace(/\s+/g, ''), index: start };
}

/**
 * The last shipshape comment in a text: its base64 data (whitespace removed)
 * and where it starts. One pass, no regular expression over the whole text:
 * it is pasted by anyone, and a backtracking pattern over "<!-- shipshape:v1"
 * and a long run of spaces with no "-->" froze the tab for seconds. Each
 * character is read a bounded number of times (runs of spaces and data end at
 * the next "<"). An escaped "\<!--" is text a note wrote, not a comment.
 */
export function findPayloadComment(text: string): FoundComment | null {
	let found: FoundComment | null = null;
	for (let at = text.indexOf('<!--'); at !== -1; at = text.indexOf('<!--', at + 4)) {
		if (text.charAt(at - 1) === '\\') continue;
		found = commentAt(text, at) ?? found;
	}
	return found;
}

const DAMAGED = 'its data is damaged (it is not the text Shipshape wrote)';

export function decodePayload(comment: Pick<FoundComment, 'tag' | 'data'>): DecodeResult {
	if (comment.tag === LEGACY_TAG) return decodeLegacy(comment.data);
	let json: unknown;
	try {
		const binary = atob(comment.data);
		const bytes = inflateLimited(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { ok: false, reason: DAMAGED };
	}
	const parsed = payloadSchema.safeParse(json);
	if (!parsed.success) return { ok: false, reason: 'its data is incomplete or from an unknown version' };
	const { g, v: _v, w, ...settings } = parsed.data;
	const payload: DecodedPayload = { version: 2, settings, entries: fromGroups(g) };
	if (w !== undefined) payload.writtenAt = w;
	return { ok: true, payload };
}
