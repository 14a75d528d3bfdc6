/**
 * The bundled standards, parsed once at build time (prerender) and in tests.
 * Vite inlines content/standards/*.md as strings, so the build fails on bad
 * content exactly like the unit tests do, with `file:line: what`.
 */
import { ContentError } from '$lib/content/content-error';
import { parseStandard, toSummary } from '$lib/content/parse-standard';
import type { Standard, StandardSummary } from '$lib/content/schema';
import { nodeSanitizer } from './sanitize-node';

const files = import.meta.glob<string>('/content/standards/*.md', { query: '?raw', import: 'default', eager: true });

const slugOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.md$/, '');

/** Defaults and 5-second items must point at checklists/items that exist. */
function crossCheck(standards: readonly Standard[]): void {
	const itemIds = new Map<string, string>();
	for (const s of standards) {
		const file = `content/standards/${s.slug}.md`;
		const checklistIds = new Set(s.checklists.map((c) => c.id));
		for (const c of s.checklists) {
			for (const item of c.items) {
				const other = itemIds.get(item.id);
				if (other) throw new ContentError(file, item.line, `duplicate item id "${item.id}" (also in ${other})`);
				itemIds.set(item.id, file);
			}
		}
		for (const id of [...s.defaults.author, ...s.defaults.reviewer]) {
			if (!checklistIds.has(id)) throw new ContentError(file, 1, `default checklist "${id}" does not exist`);
		}
		for (const q of s.fiveSecondRule) {
			if (!itemIds.has(q.itemId)) throw new ContentError(file, 1, `5-second question "${q.id}" points at unknown item "${q.itemId}"`);
		}
	}
}

/** Reading order: frontmatter `order`, then title. */
const byOrder = (a: Standard, b: Standard): number =>
	(a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title);

let cache: Standard[] | undefined;

export function bundledStandards(): Standard[] {
	if (!cache) {
		const sanitize = nodeSanitizer();
		const parsed = Object.entries(files).map(([path, text]) =>
			parseStandard(text, { file: path.slice(1), slug: slugOf(path), source: 'bundled', sanitize, requireFrontmatter: true })
		);
		crossCheck(parsed);
		cache = parsed.sort(byOrder);
	}
	return cache;
}

export function bundledStandard(slug: string): Standard | undefined {
	return bundledStandards().find((s) => s.slug === slug);
}

export function bundledSummaries(): StandardSummary[] {
	return bundledStandards().map(toSummary);
}
