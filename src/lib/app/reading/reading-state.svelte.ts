/**
 * Reading progress, live from IndexedDB (another tab marking a section shows
 * up here too). The db layer is imported after the page is idle (see
 * lazy-live): reading pages do not ship dexie on first load.
 */
import { LazyLiveQuery } from './lazy-live.svelte';

const db = () => Promise.all([import('$lib/db/live'), import('$lib/db/reading-read')]);

export function useReadingCounts() {
	return new LazyLiveQuery(async () => {
		const [{ subscribeLive }, { readSectionsBySlug }] = await db();
		return (handlers) => subscribeLive(() => readSectionsBySlug(), handlers);
	}, {} as Record<string, string[]>);
}

/** Call inside `$derived` so a new slug (page reused across standards) gets a new query. */
export function useReadSections(slug: string) {
	return new LazyLiveQuery(async () => {
		const [{ subscribeLive }, { readSections }] = await db();
		return (handlers) => subscribeLive(() => readSections(slug), handlers);
	}, [] as string[]);
}
