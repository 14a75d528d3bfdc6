/**
 * Custom standards live in their own namespace: every slug is `custom-…`, so
 * none can take a bundled standard's slug (a restored `sdk-developer-guidelines`
 * gave every review a duplicate key and left it on "Opening the review…").
 */
import type { StandardSummary } from '$lib/content/schema';
import { checkComplexity, MARKDOWN_MAX_BYTES } from './markdown-input';

const CUSTOM_SLUG = /^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stricter than links.ts isCustomSlug (which only routes): the whole form a stored slug may take. */
export const isValidCustomSlug = (slug: string): boolean => CUSTOM_SLUG.test(slug) && slug.length <= 64;

/** What is wrong with a custom standard from outside (a backup), or undefined: the same limits as adding one. */
export function customRowProblem(row: { slug: string; markdown: string }): string | undefined {
	if (!isValidCustomSlug(row.slug)) return `the slug "${row.slug.slice(0, 80)}" is not a custom standard's (they start with "custom-", lowercase letters, digits and dashes)`;
	if (new TextEncoder().encode(row.markdown).byteLength > MARKDOWN_MAX_BYTES) return `the standard "${row.slug}" is larger than 1 MB, the limit for a standard`;
	const tooComplex = checkComplexity(row.markdown);
	return tooComplex ? `the standard "${row.slug}" is too complex: ${tooComplex}` : undefined;
}

/** Bundled first; a custom standard whose slug is not in its own namespace, or is taken, is left out rather than breaking every review. */
export function mergeCatalog(bundled: readonly StandardSummary[], custom: readonly StandardSummary[]): StandardSummary[] {
	const slugs = new Set(bundled.map((s) => s.slug));
	const out = [...bundled];
	for (const standard of custom) {
		if (!isValidCustomSlug(standard.slug) || slugs.has(standard.slug)) continue;
		slugs.add(standard.slug);
		out.push(standard);
	}
	return out;
}
