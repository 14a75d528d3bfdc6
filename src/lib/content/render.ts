/**
 * HTML for reading mode, rendered with marked (GFM). Headings carry their
 * section ids; task items become labelled, disabled checkboxes (each has an
 * accessible name); fenced markdown that holds checklists is rendered as an
 * embedded document. The output is NOT sanitized here: callers pass it
 * through the sanitizer (see parse-standard.ts).
 */
import { Marked, Parser, type Token, type Tokens } from 'marked';
import type { HeadingInfo } from './extract';

export interface RenderNotes {
	headings: WeakMap<Tokens.Heading, HeadingInfo>;
	embedded: WeakMap<Tokens.Code, Token[]>;
	itemIds: WeakMap<Tokens.ListItem, string>;
	listIds: WeakMap<Tokens.List, string>;
}

/** Our ids are slugs, but attributes are escaped anyway: custom content mints them too. */
const attr = (value: string): string =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function createMarked(notes: RenderNotes): Marked {
	return new Marked({
		gfm: true,
		renderer: {
			heading(token) {
				const info = notes.headings.get(token);
				const depth = info?.depth ?? token.depth;
				const id = info?.id ? ` id="${attr(info.id)}"` : '';
				return `<h${depth}${id}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
			},
			code(token) {
				const inner = notes.embedded.get(token);
				return inner ? `<div class="embedded-doc">\n${this.parser.parse(inner)}</div>\n` : false;
			},
			list(token) {
				const id = notes.listIds.get(token);
				if (!id) return false;
				const tag = token.ordered ? 'ol' : 'ul';
				const start = token.ordered && token.start !== 1 ? ` start="${Number(token.start) || 1}"` : '';
				const body = token.items.map((item) => this.listitem(item)).join('');
				return `<${tag}${start} class="checklist" data-checklist-id="${attr(id)}">\n${body}</${tag}>\n`;
			},
			listitem(item) {
				if (!item.task) return false;
				const [first, ...rest] = item.tokens;
				const hasInline = first && (first.type === 'text' || first.type === 'paragraph') && 'tokens' in first;
				const label = hasInline && first.tokens ? this.parser.parseInline(first.tokens) : '';
				const blocks = this.parser.parse(hasInline ? rest : item.tokens, item.loose);
				const id = notes.itemIds.get(item);
				const data = id ? ` data-item-id="${attr(id)}"` : '';
				const box = `<input type="checkbox" disabled${item.checked ? ' checked' : ''}>`;
				return `<li class="task"${data}><label>${box} ${label}</label>${blocks}</li>\n`;
			}
		}
	});
}

/** The whole document (already lexed, so token annotations apply). */
export function renderDocument(tokens: Token[], notes: RenderNotes): string {
	return createMarked(notes).parser(tokens);
}

/** Inline HTML of one item (bold, code, links). */
export function renderInline(tokens: Token[]): string {
	return new Parser({ gfm: true }).parseInline(tokens);
}
