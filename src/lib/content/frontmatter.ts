/**
 * Splits YAML frontmatter off a markdown file and parses it with `yaml`,
 * keeping a line counter so later validation errors can point at the line
 * of the offending key.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { ContentError } from './content-error';

export interface FrontmatterSource {
	/** Parsed YAML (a mapping), or undefined when the file has none. */
	data: Record<string, unknown> | undefined;
	/** The markdown after the frontmatter. */
	body: string;
	/** 1-based line of the file on which `body` starts. */
	bodyStartLine: number;
	/** 1-based file line of the value at `path` (or its nearest existing parent). */
	lineOf(path: readonly PropertyKey[]): number;
}

/** Normalise line endings and drop a BOM so offsets and lines agree everywhere. */
export const normalizeSource = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

function findClosingFence(lines: string[]): number {
	for (let i = 1; i < lines.length; i++) {
		if (/^(---|\.\.\.)\s*$/.test(lines[i] ?? '')) return i;
	}
	return -1;
}

function lineLocator(doc: Document, counter: LineCounter): (path: readonly PropertyKey[]) => number {
	return (path) => {
		for (let n = path.length; n >= 0; n--) {
			const keys = path.slice(0, n).map((k) => (typeof k === 'number' ? k : String(k)));
			const node: unknown = n === 0 ? doc.contents : doc.getIn(keys, true);
			if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + 1;
		}
		return 1;
	};
}

export function splitFrontmatter(text: string, file: string): FrontmatterSource {
	const source = normalizeSource(text);
	const lines = source.split('\n');
	const end = /^---\s*$/.test(lines[0] ?? '') ? findClosingFence(lines) : -1;
	if (end < 0) return { data: undefined, body: source, bodyStartLine: 1, lineOf: () => 1 };

	const counter = new LineCounter();
	const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, prettyErrors: false });
	const first = doc.errors[0];
	if (first) {
		const line = counter.linePos(first.pos[0]).line + 1;
		throw new ContentError(file, line, `invalid frontmatter YAML: ${first.message.split('\n')[0]}`);
	}
	const data: unknown = doc.toJS();
	if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
		throw new ContentError(file, 2, 'invalid frontmatter: expected a mapping of keys to values');
	}
	return {
		data: (data ?? {}) as Record<string, unknown>,
		body: lines.slice(end + 1).join('\n'),
		bodyStartLine: end + 2,
		lineOf: lineLocator(doc, counter)
	};
}
