/**
 * Reading progress: which sections are marked read. Read with a peek (raw
 * IndexedDB) once the page is idle; Dexie is loaded only when the reader
 * marks a section (then the marks are live, another tab's included) or the
 * peek cannot answer. See peeked-live and reading-sources.
 */
import { PeekedLiveQuery } from '$lib/app/peeked-live.svelte';

const sources = () => import('./reading-sources');

export const useReadingCounts = () => new PeekedLiveQuery(async () => (await sources()).readingCountsSource, {} as Record<string, string[]>);

/** Call inside `$derived` so a new slug (page reused across standards) gets a new query. */
export const useReadSections = (slug: string) => new PeekedLiveQuery(async () => (await sources()).readSectionsSource(slug), [] as string[]);
