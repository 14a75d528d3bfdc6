/**
 * Persistent storage: without it the browser may evict IndexedDB under
 * storage pressure. Asked for once a user has something worth keeping (the
 * first review).
 */

export interface StorageStatus {
	supported: boolean;
	persisted: boolean;
	usageBytes: number | undefined;
	quotaBytes: number | undefined;
}

export async function requestPersistentStorage(): Promise<boolean> {
	if (!navigator.storage?.persist) return false;
	try {
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		// Refusal is an answer, not an error: the settings page shows the status.
		return false;
	}
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = navigator.storage;
	if (!storage?.estimate) return { supported: false, persisted: false, usageBytes: undefined, quotaBytes: undefined };
	const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)]);
	return { supported: true, persisted, usageBytes: estimate.usage, quotaBytes: estimate.quota };
}
