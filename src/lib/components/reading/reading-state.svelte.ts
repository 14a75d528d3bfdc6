/**
 * Reading progress, live from IndexedDB (another tab marking a section shows
 * up here too).
 */
import { fromLiveQuery } from '$lib/db/live.svelte';
import { readSectionsBySlug, readSections } from '$lib/db/reading-repo';

export function useReadingCounts() {
	return fromLiveQuery(() => readSectionsBySlug(), {} as Record<string, string[]>);
}

/** Call inside `$derived` so a new slug (page reused across standards) gets a new query. */
export function useReadSections(slug: string) {
	return fromLiveQuery(() => readSections(slug), [] as string[]);
}
