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
import { standardFromParse } from '$lib/custom/stored-parse';
import { storedParseOf } from '$lib/custom/stored-standards';

export const liveCustomStandards = () => fromLiveQuery(() => listCustomStandards(), [] as CustomStandardRow[]);

const repo = () => import('$lib/db/custom-standards-repo');

export const renameStandard = (slug: string, title: string) =>
	saveTracker.attempt(`custom:${slug}:title`, async () => (await repo()).renameCustomStandard(slug, title));

export const removeStandard = (slug: string) => saveTracker.attempt(`custom:${slug}:remove`, async () => (await repo()).removeCustomStandard(slug));

export type CustomView = { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ok'; standard: Standard };

/** A stored standard for reading: its stored parse (parsed here only if it has none yet). */
export async function readCustomStandard(slug: string): Promise<CustomView> {
	try {
		const row = await getCustomStandard(slug);
		if (!row) return { kind: 'missing' };
		const parsed = await storedParseOf(row);
		const view = standardFromParse(row, parsed);
		return view.ok ? { kind: 'ok', standard: view.standard } : { kind: 'error', message: `This standard could not be read. ${view.message}` };
	} catch {
		return { kind: 'error', message: 'This standard could not be read from this browser’s storage. Reload the page.' };
	}
}
