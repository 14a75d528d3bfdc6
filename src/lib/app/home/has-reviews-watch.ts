/**
 * Whether any review is stored, kept current for the home page's layout:
 * a peek (raw IndexedDB, no Dexie) now, again after every write to what the
 * list reads (this tab's or another's, as Dexie announces them) and when the
 * page is shown again. A database the peek cannot read (an older schema to
 * upgrade) is watched through Dexie, whose code is imported then.
 */
import type { LiveHandlers } from '$lib/db/live';
import { peekHasSessions } from '$lib/db/peek-session-list';
import { onListChange, onShownAgain } from './stored-changes';

/** Returns the stop. */
export function watchStoredReviews(handlers: LiveHandlers<boolean>): () => void {
	let stopped = false;
	let stopLive: (() => void) | undefined;
	let run = 0;
	const throughDexie = (): void => {
		stopLive = () => undefined;
		Promise.all([import('$lib/db/live'), import('$lib/db/session-list-repo')]).then(([{ subscribeLive }, { hasSessions }]) => {
			if (!stopped) stopLive = subscribeLive(() => hasSessions(), handlers);
		}, handlers.error);
	};
	const check = (): void => {
		if (stopLive) return; // Dexie follows it now
		const mine = ++run;
		peekHasSessions().then((result) => {
			if (stopped || mine !== run || stopLive) return;
			if (result.kind === 'unavailable') throughDexie();
			else handlers.next(result.kind === 'read' && result.value);
		}, handlers.error);
	};
	const stops = [onListChange(check), onShownAgain(check)];
	check();
	return () => {
		stopped = true;
		stops.forEach((stop) => stop());
		stopLive?.();
	};
}
