/**
 * The bundled standards, parsed once at build time (prerender) and in tests.
 * Vite inlines content/standards/*.md as strings, so the build fails on bad
 * content exactly like the unit tests do, with `file:line: what`.
 */
import { toSummary } from '$lib/content/parse-standard';
import type { Standard, StandardSummary } from '$lib/content/schema';
import { parseStandardSet } from '$lib/content/standard-set';
import { nodeSanitizer } from './sanitize-node';

const files = import.meta.glob<string>('/content/standards/*.md', { query: '?raw', import: 'default', eager: true });

let cache: Standard[] | undefined;

export function bundledStandards(): Standard[] {
	if (!cache) {
		cache = parseStandardSet(
			Object.entries(files).map(([path, text]) => ({ file: path.slice(1), text })),
			nodeSanitizer()
		);
	}
	return cache;
}

export function bundledStandard(slug: string): Standard | undefined {
	return bundledStandards().find((s) => s.slug === slug);
}

export function bundledSummaries(): StandardSummary[] {
	return bundledStandards().map(toSummary);
}
