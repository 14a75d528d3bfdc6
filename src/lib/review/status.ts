/**
 * A review's status as shown: "complete" only while every item is finished.
 * Unticking an item (here, in another tab or by an import) makes a complete
 * review in progress again; archiving is the user's own word and stays.
 */
import type { SessionStatus } from './schema';

export const STATUS_LABELS: Record<SessionStatus, string> = { 'in-progress': 'In progress', complete: 'Complete', archived: 'Archived' };

export function effectiveStatus(stored: SessionStatus, allFinished: boolean): SessionStatus {
	return stored === 'complete' && !allFinished ? 'in-progress' : stored;
}
