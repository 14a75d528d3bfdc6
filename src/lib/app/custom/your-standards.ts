/**
 * The user's own standards on the Standards page: the live list, renaming
 * and removing (through the save tracker), and reading one back to show it.
 * The writes (which validate with zod) are imported on first use.
 */

import { fromLiveQuery } from '$lib/db/live.svelte';
import { getCustomStandard, listCustomStandards } from '$lib/db/custom-standards-read';
import type { Standard } from '$lib/content/schema';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export const liveCustomStandards = () => fromLiveQuery(() => listCustomStandards(), [] as CustomStandardRow[]);

const repo = () => import('$lib/db/custom-standards-repo');

export const renameStandard = (slug: string, title: string) =>
	saveTracker.attempt(`custom:${slug}:title`, async () => (await repo()).renameCustomStandard(slug, title));

export const removeStandard = (slug: string) => saveTracker.attempt(`custom:${slug}:remove`, async () => (await repo()).removeCustomStandard(slug));

export type CustomView = { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ok'; standard: Standard };

/** A stored standard parsed for reading; marked and DOMPurify load here only, not on the other pages. */
export async function readCustomStandard(slug: string): Promise<CustomView> {
	try {
		const row = await getCustomStandard(slug);
		if (!row) return { kind: 'missing' };
		const { parseCustomStandard } = await import('$lib/custom/parse-custom');
		const parsed = parseCustomStandard(row);
		return parsed.ok ? { kind: 'ok', standard: parsed.standard } : { kind: 'error', message: parsed.message };
	} catch {
		return { kind: 'error', message: 'This standard could not be read from this browser’s storage. Reload the page.' };
	}
}
