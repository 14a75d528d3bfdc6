/**
 * Where reading progress comes from (see peeked-live): a peek first, Dexie's
 * live query once needed. Loaded once the page is idle, with what it imports.
 */
import type { PeekedLiveSource } from '$lib/app/peeked-live.svelte';

const dexie = () => Promise.all([import('$lib/db/live'), import('$lib/db/reading-read')]);
const peeks = () => import('$lib/db/peek-reading');

/** Section ids read, by standard slug: the standards list. */
export const readingCountsSource: PeekedLiveSource<Record<string, string[]>> = {
	peek: async () => (await peeks()).peekReadSectionsBySlug(),
	empty: {},
	live: async () => {
		const [{ subscribeLive }, { readSectionsBySlug }] = await dexie();
		return (handlers) => subscribeLive(() => readSectionsBySlug(), handlers);
	}
};

/** Section ids of one standard read: its reading page. */
export const readSectionsSource = (slug: string): PeekedLiveSource<string[]> => ({
	peek: async () => (await peeks()).peekReadSections(slug),
	empty: [],
	live: async () => {
		const [{ subscribeLive }, { readSections }] = await dexie();
		return (handlers) => subscribeLive(() => readSections(slug), handlers);
	}
});
