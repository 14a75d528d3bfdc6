/** Reading an exported block back with a real GFM parser (marked), as GitHub would render it. */
import { marked, type Tokens } from 'marked';

export interface RenderedTask {
	checked: boolean;
	text: string;
}

/** Every task-list item of the document's top-level lists, in order. */
export function gfmTasks(markdown: string): RenderedTask[] {
	const tokens = marked.lexer(markdown, { gfm: true });
	const lists = tokens.filter((t): t is Tokens.List => t.type === 'list');
	return lists.flatMap((l) => l.items.filter((i) => i.task).map((i) => ({ checked: i.checked === true, text: i.text })));
}

export function gfmHtml(markdown: string): string {
	return marked.parse(markdown, { gfm: true, async: false });
}

/** The markdown without its hidden comment (inline snapshots stay readable). */
export const withoutComment = (block: string): string => block.replace(/<!-- shipshape:v2 [^\n]*-->/, '<!-- shipshape:v2 … -->');
