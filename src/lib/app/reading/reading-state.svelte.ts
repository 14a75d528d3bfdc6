/**
 * Reading progress: which sections are marked read. Read with a peek (raw
 * IndexedDB) once the page is idle; Dexie is loaded only when the reader
 * marks a section (then the marks are live, another tab's included) or the
 * peek cannot answer. See peeked-live.
 */
import { PeekedLiveQuery } from '$lib/app/peeked-live.svelte';

const dexie = () => Promise.all([import('$lib/db/live'), import('$lib/db/reading-read')]);
const peeks = () => import('$lib/db/peek-reading');

export function useReadingCounts() {
	return new PeekedLiveQuery<Record<string, string[]>>(
		{
			peek: async () => (await peeks()).peekReadSectionsBySlug(),
			empty: {},
			live: async () => {
				const [{ subscribeLive }, { readSectionsBySlug }] = await dexie();
				return (handlers) => subscribeLive(() => readSectionsBySlug(), handlers);
			}
		},
		{}
	);
}

/** Call inside `$derived` so a new slug (page reused across standards) gets a new query. */
export function useReadSections(slug: string) {
	return new PeekedLiveQuery<string[]>(
		{
			peek: async () => (await peeks()).peekReadSections(slug),
			empty: [],
			live: async () => {
				const [{ subscribeLive }, { readSections }] = await dexie();
				return (handlers) => subscribeLive(() => readSections(slug), handlers);
			}
		},
		[]
	);
}
