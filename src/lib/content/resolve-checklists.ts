/**
 * Turns the checklists found in the markdown into typed `Checklist`s: applies
 * the frontmatter (explicit ids, tiers, roles, priorities, labels) and mints
 * the stable ids. Anything named in frontmatter that the document does not
 * have, and any id clash, is a ContentError pointing at the line.
 */
import type { Token, Tokens } from 'marked';
import { ContentError } from './content-error';
import type { RawChecklist } from './extract';
import type { ChecklistEntry, Frontmatter, ItemEntry } from './frontmatter-schema';
import type { Checklist, ChecklistItem, Role, TierNumber } from './schema';
import { compactSlug, textKey } from './slug';
import type { RawItem } from './task-lists';

export interface ResolveContext {
	file: string;
	slug: string;
	fm: Frontmatter | undefined;
	lineOf: (path: readonly PropertyKey[]) => number;
	sectionIds: ReadonlySet<string>;
	renderInline: (tokens: Token[]) => string;
	/** Number clashing derived checklist ids instead of failing (user standards). */
	dedupeDerivedIds: boolean;
	/** Tiers given to checklists by `tiers[].checklists` in frontmatter. */
	tierOf: ReadonlyMap<string, TierNumber>;
}

export interface ResolvedChecklists {
	checklists: Checklist[];
	/** `checklist-id/item-key` (explicit id or derived text key) → item id. */
	itemKeys: Map<string, string>;
	itemIds: WeakMap<Tokens.ListItem, string>;
	listIds: WeakMap<Tokens.List, string>;
}

const BOTH: Role[] = ['author', 'reviewer'];

/** Index each frontmatter entry by the raw checklist it names. */
function matchEntries(raws: RawChecklist[], ctx: ResolveContext): Map<RawChecklist, [ChecklistEntry, number]> {
	const out = new Map<RawChecklist, [ChecklistEntry, number]>();
	(ctx.fm?.checklists ?? []).forEach((entry, i) => {
		const found = raws.filter((r) => r.title === entry.title && (!entry.heading || r.heading === entry.heading));
		const line = ctx.lineOf(['checklists', i, 'title']);
		const name = entry.heading ? `"${entry.title}" under "${entry.heading}"` : `"${entry.title}"`;
		if (found.length === 0) throw new ContentError(ctx.file, line, `unknown checklist ${name}: no task list has that title`);
		if (found.length > 1) throw new ContentError(ctx.file, line, `ambiguous checklist ${name}: add its heading`);
		const raw = found[0] as RawChecklist;
		if (out.has(raw)) throw new ContentError(ctx.file, line, `checklist ${name} is listed twice in frontmatter`);
		out.set(raw, [entry, i]);
	});
	return out;
}

function matchItems(raw: RawChecklist, entry: ChecklistEntry | undefined, at: number, ctx: ResolveContext) {
	const out = new Map<RawItem, [ItemEntry, number]>();
	(entry?.items ?? []).forEach((ref, j) => {
		const found = raw.items.filter((it) => it.text === ref.text || it.text.startsWith(`${ref.text} `));
		const line = ctx.lineOf(['checklists', at, 'items', j, 'text']);
		if (found.length !== 1) {
			const what = found.length ? 'ambiguous' : 'unknown';
			throw new ContentError(ctx.file, line, `${what} item "${ref.text}" in checklist "${raw.title}"`);
		}
		const item = found[0] as RawItem;
		if (out.has(item)) throw new ContentError(ctx.file, line, `item "${ref.text}" is listed twice`);
		out.set(item, [ref, j]);
	});
	return out;
}

/** Heading anchor (+ bold label): unique per heading already, readable, stable. */
function derivedChecklistId(raw: RawChecklist): string {
	const parts = raw.title === raw.heading ? [raw.headingKey] : [raw.headingKey, raw.title];
	return compactSlug(parts.join(' ')) || 'checklist';
}

/**
 * Two lists under one heading with the same (or no) label derive the same id
 * (and two items with the same text, under different parent items).
 * Bundled content must then name them in frontmatter (fail loudly); a user's
 * own standard gets `-1`, `-2` so an import never fails on it.
 */
function uniqueDerivedId(base: string, seen: Seen, ctx: ResolveContext): string {
	if (!ctx.dedupeDerivedIds) return base;
	let id = base;
	for (let n = 1; seen.ids.has(id); n++) id = `${base}-${n}`;
	return id;
}

interface Seen {
	ids: Map<string, number>;
}

function claim(seen: Seen, id: string, what: string, line: number, file: string): void {
	const first = seen.ids.get(id);
	if (first !== undefined) throw new ContentError(file, line, `duplicate ${what} id "${id}" (first used at line ${first})`);
	seen.ids.set(id, line);
}

export function resolveChecklists(raws: RawChecklist[], ctx: ResolveContext): ResolvedChecklists {
	const entries = matchEntries(raws, ctx);
	const result: ResolvedChecklists = { checklists: [], itemKeys: new Map(), itemIds: new WeakMap(), listIds: new WeakMap() };
	const listSeen: Seen = { ids: new Map() };
	const itemSeen: Seen = { ids: new Map() };
	for (const raw of raws) {
		const [entry, at] = entries.get(raw) ?? [undefined, -1];
		const id = entry?.id ?? uniqueDerivedId(derivedChecklistId(raw), listSeen, ctx);
		claim(listSeen, id, 'checklist', entry?.id ? ctx.lineOf(['checklists', at, 'id']) : raw.line, ctx.file);
		const items = resolveItems(raw, id, entry, at, ctx, result, itemSeen);
		const roles = raw.kind === 'status' ? [] : (entry?.roles ?? ctx.fm?.roles ?? BOTH);
		const tier = checklistTier(id, entry, at, ctx);
		const { title, heading, sectionId, kind, line } = raw;
		result.checklists.push({ id, title, heading, sectionId, kind, roles: [...roles], items, line, ...(tier ? { tier } : {}) });
		result.listIds.set(raw.token, id);
	}
	return result;
}

function checklistTier(id: string, entry: ChecklistEntry | undefined, at: number, ctx: ResolveContext) {
	const fromTiers = ctx.tierOf.get(id);
	if (entry?.tier && fromTiers && entry.tier !== fromTiers) {
		const line = ctx.lineOf(['checklists', at, 'tier']);
		throw new ContentError(ctx.file, line, `checklist "${id}" has tier ${entry.tier} but is listed under tier ${fromTiers}`);
	}
	return entry?.tier ?? fromTiers;
}

function resolveItems(
	raw: RawChecklist,
	checklistId: string,
	entry: ChecklistEntry | undefined,
	at: number,
	ctx: ResolveContext,
	result: ResolvedChecklists,
	seen: Seen
): ChecklistItem[] {
	const refs = matchItems(raw, entry, at, ctx);
	return raw.items.map((item) => {
		const [ref, j] = refs.get(item) ?? [undefined, -1];
		const key = ref?.id ?? textKey(item.text);
		// Same text under different parent items: a user's standard gets "-1", "-2" (bundled content names them).
		const id = ref?.id ? `${ctx.slug}/${ref.id}` : uniqueDerivedId(`${ctx.slug}/${checklistId}/${key}`, seen, ctx);
		claim(seen, id, 'item', ref?.id ? ctx.lineOf(['checklists', at, 'items', j, 'id']) : item.line, ctx.file);
		result.itemKeys.set(`${checklistId}/${key}`, id);
		result.itemIds.set(item.token, id);
		if (ref?.section && !ctx.sectionIds.has(ref.section)) {
			const line = ctx.lineOf(['checklists', at, 'items', j, 'section']);
			throw new ContentError(ctx.file, line, `unknown section "${ref.section}" for item "${item.text}"`);
		}
		return {
			id,
			text: item.text,
			html: ctx.renderInline(item.inline),
			detailSectionId: ref?.section ?? raw.sectionId,
			line: item.line,
			...(ref?.priority ? { priority: ref.priority } : {}),
			...(ref?.label ? { label: ref.label } : {}),
			...(ref?.suggestions ? { suggestions: [...ref.suggestions] } : {})
		};
	});
}
