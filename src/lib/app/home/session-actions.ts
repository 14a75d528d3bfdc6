/**
 * The home list's writes (delete, archive, undo), imported on first use: the
 * sessions repository validates with zod, which the list itself never needs.
 */
import type { DeletedSession } from '$lib/db/sessions-repo';
import type { Session, SessionStatus } from '$lib/review/schema';

export type { DeletedSession };

const repo = () => import('$lib/db/sessions-repo');

export const deleteSession = async (id: string): Promise<DeletedSession | undefined> => (await repo()).deleteSession(id);

export const setStatus = async (id: string, status: SessionStatus): Promise<Session> => (await repo()).setStatus(id, status);

export const restoreDeleted = async (deleted: DeletedSession): Promise<Session> => (await repo()).restoreDeleted(deleted);
