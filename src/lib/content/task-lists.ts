/**
 * Recognising checklists in marked tokens: GFM task items, the bold
 * paragraph that labels a list (`**Tier 1 - MANDATORY FOR ALL CODE:**`), and
 * fenced markdown blocks that hold task lists of their own.
 */
import type { Token, Tokens } from 'marked';
import { ContentError } from './content-error';
import type { Locator } from './locator';
import { inlineText } from './plain-text';

export interface RawItem {
	text: string;
	/** Inline tokens of the item's first line/paragraph: rendered to `html`. */
	inline: Token[];
	checked: boolean;
	line: number;
	token: Tokens.ListItem;
}

const TASK_LINE = /^\s{0,3}(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s/m;

/** A ```markdown / ```md fence that contains task lists is an embedded document, not code. */
export function isEmbeddedMarkdown(token: Tokens.Code): boolean {
	const lang = (token.lang ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return (lang === 'markdown' || lang === 'md') && TASK_LINE.test(token.text);
}

/** The label text of a paragraph that is only bold text (an optional trailing ':' allowed). */
export function boldLabel(token: Tokens.Paragraph): string | undefined {
	const parts = token.tokens.filter((t) => !(t.type === 'text' && t.text.trim() === ''));
	const [strong, tail] = parts;
	if (!strong || strong.type !== 'strong' || parts.length > 2) return undefined;
	if (tail && !(tail.type === 'text' && tail.text.trim() === ':')) return undefined;
	const label = inlineText(strong.tokens ?? []).replace(/\s*:\s*$/, '');
	return label || undefined;
}

function firstInline(item: Tokens.ListItem): Token[] {
	const first = item.tokens[0];
	if (first && (first.type === 'text' || first.type === 'paragraph') && 'tokens' in first && first.tokens) {
		return first.tokens;
	}
	return [];
}

/**
 * Task items of a list in document order, nested task lists flattened into
 * their parent (one checklist per top-level list keeps titles meaningful).
 */
export function collectTaskItems(list: Tokens.List, from: number, locator: Locator, file: string): RawItem[] {
	const out: RawItem[] = [];
	let cursor = from;
	for (const item of list.items) {
		const offset = locator.find(item.raw, cursor);
		cursor = offset + 1;
		if (item.task) {
			const inline = firstInline(item);
			const text = inlineText(inline);
			const line = locator.line(offset);
			if (!text) throw new ContentError(file, line, 'empty checklist item');
			out.push({ text, inline, checked: item.checked === true, line, token: item });
		}
		for (const child of item.tokens) {
			if (child.type === 'list') out.push(...collectTaskItems(child as Tokens.List, offset, locator, file));
		}
	}
	return out;
}
