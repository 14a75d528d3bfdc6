/**
 * The rendered sections of a standard, fetched once per standard from its
 * prerendered JSON (precached for offline) when a user opens an item's detail
 * or navigates to a standard's reading page.
 */
import { base } from '$app/paths';
import { isCustomSlug } from '$lib/custom/links';

const cache = new Map<string, Promise<Record<string, string>>>();

/** The user's own standards are not prerendered: cut their stored HTML into sections (loaded on demand). */
async function customSections(slug: string): Promise<Record<string, string>> {
	const [{ getCustomStandard }, { storedParseOf }] = await Promise.all([import('$lib/db/custom-standards-read'), import('$lib/custom/stored-standards')]);
	const row = await getCustomStandard(slug);
	if (!row) return {};
	const parsed = await storedParseOf(row);
	if ('error' in parsed) return {};
	const { customSectionsHtml } = await import('$lib/custom/custom-sections');
	return customSectionsHtml(parsed.html);
}

export function sectionsOf(slug: string): Promise<Record<string, string>> {
	let pending = cache.get(slug);
	if (!pending) {
		pending = isCustomSlug(slug) ? customSections(slug) : fetch(`${base}/api/sections/${encodeURIComponent(slug)}.json`).then((r) => {
			if (!r.ok) throw new Error(`HTTP ${r.status}`);
			return r.json() as Promise<Record<string, string>>;
		});
		pending.catch(() => cache.delete(slug));
		cache.set(slug, pending);
	}
	return pending;
}

export async function loadSectionHtml(slug: string, sectionId: string): Promise<string | undefined> {
	return (await sectionsOf(slug))[sectionId];
}
