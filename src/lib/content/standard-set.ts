/**
 * A team's set of standards (markdown files) → validated Standards, the way
 * the build reads content/standards/: each file through parseStandard, then
 * the checks that span files (duplicate item ids, defaults, 5-second items).
 * The build and the PR gate (`shipshape check --standards <dir>`) share it.
 */
import { ContentError } from './content-error';
import { parseStandard } from './parse-standard';
import type { Sanitize } from './sanitize';
import type { Standard } from './schema';

export interface StandardFile {
	/** Shown in errors: "content/standards/x.md". */
	file: string;
	text: string;
}

export const slugOfFile = (path: string): string => path.replace(/^.*[\\/]/, '').replace(/\.md$/, '');

/** Defaults and 5-second items must point at checklists/items that exist. */
function crossCheck(standards: readonly Standard[], files: ReadonlyMap<string, string>): void {
	const itemIds = new Map<string, string>();
	for (const s of standards) {
		const file = files.get(s.slug) ?? `${s.slug}.md`;
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

/** Parse and cross-check a set of bundled-style standards (frontmatter required). Throws ContentError. */
export function parseStandardSet(files: readonly StandardFile[], sanitize: Sanitize): Standard[] {
	const fileOf = new Map(files.map((f) => [slugOfFile(f.file), f.file]));
	const parsed = files.map(({ file, text }) =>
		parseStandard(text, { file, slug: slugOfFile(file), source: 'bundled', sanitize, requireFrontmatter: true })
	);
	crossCheck(parsed, fileOf);
	return parsed.sort(byOrder);
}
