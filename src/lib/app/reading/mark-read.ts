/**
 * "Mark as read" on reading pages, through the save tracker. The db layer is
 * imported on first use: reading pages do not ship dexie on first load.
 */
import { nowIso } from '$lib/review/clock';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import { liveFromNowOn } from '$lib/app/peek-then-live';

export async function setSectionRead(slug: string, sectionId: string, read: boolean) {
	const repo = await import('$lib/db/reading-repo');
	const saved = await saveTracker.attempt(`reading:${slug}/${sectionId}`, async () => {
		if (read) await repo.markSectionRead(slug, sectionId, { now: nowIso() });
		else await repo.markSectionUnread(slug, sectionId);
	});
	// Dexie is loaded now: the marks follow the database live (this write, other tabs' too).
	liveFromNowOn();
	return saved;
}
