/**
 * "Shipshape was updated in another tab": the database's version-change
 * notice for the layout. The db layer is imported once this tab uses the
 * database (a page that paints from a peek may never load Dexie; a tab that
 * holds no connection has nothing to close or reload), not bundled into the
 * layout; an upgrade in another tab before that is not missed: the database
 * records it, or its open fails and says so.
 */
import { whenIdle } from '$lib/app/when-idle';

/** Calls `show` with the message to show; returns the cleanup. */
export function watchDatabaseEvents(show: (message: string) => void): () => void {
	let off: (() => void) | undefined;
	let gone = false;
	let cancelUse = (): void => undefined;
	// Even the "in use yet?" flag waits for idle: nothing of this is needed before the page has loaded.
	const cancel = whenIdle(() => {
		void import('$lib/db/first-use').then(({ whenDatabaseUsed }) => {
			if (gone) return;
			cancelUse = whenDatabaseUsed(() => {
				void import('$lib/db/database').then(({ getDb, onDatabaseVersionChange, DATABASE_EVENT_MESSAGES }) => {
					if (gone) return;
					off = onDatabaseVersionChange((event) => show(event.message));
					if (getDb().versionChanged) show(DATABASE_EVENT_MESSAGES.versionchange);
				});
			});
		});
	});
	return () => {
		gone = true;
		cancel();
		cancelUse();
		off?.();
	};
}
