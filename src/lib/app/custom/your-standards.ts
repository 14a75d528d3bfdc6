/**
 * The user's own standards on the Standards page: the list (a peek, Dexie
 * only once needed: see peeked-live), renaming and removing (through the
 * save tracker). The writes (which validate with zod) are imported on first
 * use; reading one standard back is in read-custom-standard.ts, so the list
 * page does not load the parse code.
 */

import { PeekedLiveQuery } from '$lib/app/peeked-live.svelte';
import { liveFromNowOn } from '$lib/app/peek-then-live';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export const liveCustomStandards = () =>
	new PeekedLiveQuery<CustomStandardRow[]>(
		async () => ({
			peek: async () => (await import('$lib/db/peek-custom-standards')).peekCustomStandards(),
			empty: [],
			live: async () => {
				const [{ subscribeLive }, { listCustomStandards }] = await Promise.all([import('$lib/db/live'), import('$lib/db/custom-standards-read')]);
				return (handlers) => subscribeLive(() => listCustomStandards(), handlers);
			}
		}),
		[]
	);

const repo = () => import('$lib/db/custom-standards-repo');

async function write<T>(key: string, run: () => Promise<T>) {
	const saved = await saveTracker.attempt(key, run);
	// Dexie is loaded now: the list follows the database live.
	liveFromNowOn();
	return saved;
}

export const renameStandard = (slug: string, title: string) => write(`custom:${slug}:title`, async () => (await repo()).renameCustomStandard(slug, title));

export const removeStandard = (slug: string) => write(`custom:${slug}:remove`, async () => (await repo()).removeCustomStandard(slug));
