/**
 * One pass over marked's tokens that finds the document's structure:
 * sections (with GitHub-like anchor ids), checklists (with title, heading,
 * section and kind) and the plain text of each section for search. It also
 * records per-token facts the renderer needs (heading ids, embedded docs).
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { Locator } from './locator';
import { blockText, inlineText } from './plain-text';
import type { SearchEntry, Section } from './schema';
import { createSlugger } from './slug';
import { boldLabel, collectTaskItems, isEmbeddedMarkdown, type RawItem } from './task-lists';

export interface RawChecklist {
	title: string;
	heading: string;
	/** Slug base for a derived id: the heading's anchor id (unique), or its slug inside an embedded doc. */
	headingKey: string;
	sectionId: string;
	kind: 'review' | 'status';
	line: number;
	token: Tokens.List;
	items: RawItem[];
}

export interface HeadingInfo {
	/** Absent for headings inside an embedded document: they are not anchors. */
	id?: string;
	depth: number;
}

export interface Extracted {
	tokens: Token[];
	sections: (Section & { line: number })[];
	checklists: RawChecklist[];
	search: SearchEntry[];
	firstH1?: string;
	firstParagraph?: string;
	headings: WeakMap<Tokens.Heading, HeadingInfo>;
	embedded: WeakMap<Tokens.Code, Token[]>;
}

interface Ctx {
	locator: Locator;
	/** Heading-depth shift inside an embedded document; undefined outside. */
	shift?: number;
}

const MAX_SECTION_DEPTH = 4;
const STATUS_HEADING = /current status/i;

class Walker {
	readonly out: Extracted;
	private readonly slug = createSlugger();
	private readonly stack: { depth: number; title: string }[] = [];
	private sectionId = '';
	private heading = '';
	private headingKey = '';
	private label: string | undefined;
	private readonly texts = new Map<string, string[]>();
	private readonly preamble: string[] = [];

	constructor(
		tokens: Token[],
		private readonly file: string
	) {
		this.out = { tokens, sections: [], checklists: [], search: [], headings: new WeakMap(), embedded: new WeakMap() };
	}

	walk(tokens: Token[], ctx: Ctx, from: number): void {
		let cursor = from;
		for (const token of tokens) {
			const offset = ctx.locator.find(token.raw, cursor);
			cursor = offset + token.raw.length;
			this.visit(token, ctx, offset);
		}
	}

	private visit(token: Token, ctx: Ctx, offset: number): void {
		if (token.type === 'space') return; // a blank line keeps a bold label attached
		const label = this.label;
		this.label = undefined;
		if (token.type === 'heading') return this.onHeading(token as Tokens.Heading, ctx, offset);
		if (token.type === 'paragraph') this.onParagraph(token as Tokens.Paragraph);
		else if (token.type === 'list') this.onList(token as Tokens.List, ctx, offset, label);
		else if (token.type === 'code' && isEmbeddedMarkdown(token as Tokens.Code)) {
			this.onEmbedded(token as Tokens.Code, ctx, offset);
		} else if (token.type === 'blockquote') {
			return this.walk((token as Tokens.Blockquote).tokens, ctx, offset);
		}
		this.addText(blockText(token));
	}

	private onHeading(token: Tokens.Heading, ctx: Ctx, offset: number): void {
		const title = inlineText(token.tokens);
		this.heading = title;
		this.addText(title);
		if (ctx.shift !== undefined) {
			this.out.headings.set(token, { depth: Math.min(6, Math.max(1, token.depth + ctx.shift)) });
			this.headingKey = title;
			return;
		}
		const id = this.slug(title);
		this.headingKey = id;
		this.out.headings.set(token, { id, depth: token.depth });
		while ((this.stack.at(-1)?.depth ?? 0) >= token.depth) this.stack.pop();
		this.stack.push({ depth: token.depth, title });
		if (token.depth === 1 && this.out.firstH1 === undefined) this.out.firstH1 = title;
		if (token.depth > MAX_SECTION_DEPTH) return;
		this.sectionId = id;
		this.out.sections.push({ id, title, level: token.depth, line: ctx.locator.line(offset) });
		this.texts.set(id, []);
	}

	private onParagraph(token: Tokens.Paragraph): void {
		this.label = boldLabel(token);
		if (this.out.firstParagraph === undefined && !this.label) {
			const text = inlineText(token.tokens);
			if (text) this.out.firstParagraph = text;
		}
	}

	private onList(token: Tokens.List, ctx: Ctx, offset: number, label: string | undefined): void {
		const items = collectTaskItems(token, offset, ctx.locator, this.file);
		if (!items.length) return;
		const status = this.stack.some((h) => STATUS_HEADING.test(h.title)) || items.every((i) => i.checked);
		this.out.checklists.push({
			title: label ?? (this.heading || 'Checklist'),
			heading: this.heading,
			headingKey: this.headingKey,
			sectionId: this.sectionId,
			kind: status ? 'status' : 'review',
			line: items[0]?.line ?? ctx.locator.line(offset),
			token,
			items
		});
	}

	/** Walk a fenced markdown document in place; its headings title its lists only. */
	private onEmbedded(token: Tokens.Code, ctx: Ctx, offset: number): void {
		const inner = new Lexer({ gfm: true }).lex(token.text);
		this.out.embedded.set(token, inner);
		const depths = inner.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.depth);
		const outerDepth = this.stack.at(-1)?.depth ?? 0;
		const shift = depths.length ? outerDepth + 1 - Math.min(...depths) : 0;
		const [outerHeading, outerKey] = [this.heading, this.headingKey];
		const locator = new Locator(token.text, ctx.locator.line(offset) + 1);
		this.walk(inner, { locator, shift }, 0);
		[this.heading, this.headingKey] = [outerHeading, outerKey];
		this.label = undefined;
	}

	private addText(text: string): void {
		if (!text) return;
		(this.texts.get(this.sectionId) ?? this.preamble).push(text);
	}

	finish(): Extracted {
		const byId = new Map(this.out.sections.map((s) => [s.id, s.title]));
		const first = this.out.sections[0];
		if (first) this.texts.get(first.id)?.unshift(...this.preamble);
		for (const [sectionId, parts] of this.texts) {
			this.out.search.push({ sectionId, title: byId.get(sectionId) ?? '', text: parts.join('\n') });
		}
		return this.out;
	}
}

/** Lex `body` (markdown without frontmatter) starting at file line `startLine`. */
export function extractDocument(body: string, startLine: number, file: string): Extracted {
	const tokens = new Lexer({ gfm: true }).lex(body);
	const walker = new Walker(tokens, file);
	walker.walk(tokens, { locator: new Locator(body, startLine) }, 0);
	return walker.finish();
}
