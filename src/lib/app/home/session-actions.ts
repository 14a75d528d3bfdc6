/**
 * The home list's writes (delete, archive, undo), imported on first use: the
 * sessions repository validates with zod, which the list itself never needs.
 */
import type { DeletedSession } from '$lib/db/sessions-repo';
import type { Session, SessionStatus } from '$lib/review/schema';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export type { DeletedSession };

const repo = () => import('$lib/db/sessions-repo');

/** Through the save tracker (the leave guard sees it); a failure is thrown for the row to show. */
async function tracked<T>(key: string, write: () => Promise<T>): Promise<T> {
	const result = await saveTracker.attempt(key, write);
	if (!result.ok) throw new Error(result.message);
	return result.value;
}

export const deleteSession = (id: string): Promise<DeletedSession | undefined> => tracked(`home:${id}:delete`, async () => (await repo()).deleteSession(id));

export const setStatus = (id: string, status: SessionStatus): Promise<Session> => tracked(`home:${id}:status`, async () => (await repo()).setStatus(id, status));

export const restoreDeleted = (deleted: DeletedSession): Promise<Session> =>
	tracked(`home:${deleted.session.id}:undo`, async () => (await repo()).restoreDeleted(deleted));
