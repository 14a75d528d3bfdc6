/**
 * The user's own standards on the Standards page: the live list, renaming
 * and removing (through the save tracker). The writes (which validate with
 * zod) are imported on first use; reading one standard back is in
 * read-custom-standard.ts, so the list page does not load the parse code.
 */

import { fromLiveQuery } from '$lib/db/live.svelte';
import { listCustomStandards } from '$lib/db/custom-standards-read';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export const liveCustomStandards = () => fromLiveQuery(() => listCustomStandards(), [] as CustomStandardRow[]);

const repo = () => import('$lib/db/custom-standards-repo');

export const renameStandard = (slug: string, title: string) =>
	saveTracker.attempt(`custom:${slug}:title`, async () => (await repo()).renameCustomStandard(slug, title));

export const removeStandard = (slug: string) => saveTracker.attempt(`custom:${slug}:remove`, async () => (await repo()).removeCustomStandard(slug));
