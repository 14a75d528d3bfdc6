/** Settings → storage and "delete all": what the panels ask of the database. */
import { deleteAllData } from '$lib/db/backup-repo';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export { requestPersistentStorage, storageStatus, type StorageStatus } from '$lib/db/persistence';

export const deleteEverything = () => saveTracker.attempt('settings:delete-all', () => deleteAllData());
