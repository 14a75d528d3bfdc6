/**
 * "Shipshape was updated in another tab": the database's version-change
 * notice for the layout. The db layer is imported once the page is idle, not
 * bundled into the layout (reading pages do not ship dexie on first load); an
 * upgrade in another tab before that is not missed: the database records it.
 */
import { whenIdle } from '$lib/app/when-idle';

/** Calls `show` with the message to show; returns the cleanup. */
export function watchDatabaseEvents(show: (message: string) => void): () => void {
	let off: (() => void) | undefined;
	let gone = false;
	const cancel = whenIdle(() => {
		void import('$lib/db/database').then(({ getDb, onDatabaseVersionChange, DATABASE_EVENT_MESSAGES }) => {
			if (gone) return;
			off = onDatabaseVersionChange((event) => show(event.message));
			if (getDb().versionChanged) show(DATABASE_EVENT_MESSAGES.versionchange);
		});
	});
	return () => {
		gone = true;
		cancel();
		off?.();
	};
}
