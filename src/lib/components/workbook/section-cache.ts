/**
 * The rendered sections of a standard, fetched once per standard from its
 * prerendered JSON (precached for offline) when a user opens an item's detail.
 */
const cache = new Map<string, Promise<Record<string, string>>>();

function sectionsOf(slug: string): Promise<Record<string, string>> {
	let pending = cache.get(slug);
	if (!pending) {
		pending = fetch(`/api/sections/${encodeURIComponent(slug)}.json`).then((r) => {
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
