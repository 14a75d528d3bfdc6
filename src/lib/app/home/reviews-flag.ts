/**
 * The home page's layout (a returning user's list first, or the welcome) is
 * decided before first paint, from flags kept outside IndexedDB: the inline
 * script in src/app.html reads them into `<html data-reviews>` and the list's
 * height (`--home-list-height`, when the window is as wide as when it was
 * measured) before the prerendered page paints, so nothing jumps when the
 * database answers. The database stays the truth: the home page corrects the
 * flag with what it reads (`watchHasReviews`, without Dexie), and the writes that add
 * reviews set it.
 */
import type { LiveHandlers } from '$lib/db/live';
import { whenIdle } from '$lib/app/when-idle';

/** What the inline script in src/app.html reads (a unit test keeps the two equal). */
export const REVIEWS_FLAG_KEY = 'shipshape:reviews';
export const LIST_HEIGHT_KEY = 'shipshape:home-list';
export const REVIEWS_ATTRIBUTE = 'data-reviews';
export const LIST_HEIGHT_PROPERTY = '--home-list-height';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage can be blocked (privacy settings): the flag is then simply unknown. */
function storage(): Store | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export function readReviewsFlag(store: Store | undefined = storage()): boolean {
	try {
		return store?.getItem(REVIEWS_FLAG_KEY) === '1';
	} catch {
		return false;
	}
}

/** Store whether reviews exist and show the layout for it now. */
export function writeReviewsFlag(hasReviews: boolean, store: Store | undefined = storage()): void {
	try {
		if (hasReviews) store?.setItem(REVIEWS_FLAG_KEY, '1');
		else store?.removeItem(REVIEWS_FLAG_KEY);
	} catch {
		// Storage full or blocked: the layout is decided once the database answers, as before.
	}
	if (typeof document !== 'undefined') document.documentElement.toggleAttribute(REVIEWS_ATTRIBUTE, hasReviews);
}

/** A review was just stored (started, imported, restored): the next home page starts in the returning layout. */
export function rememberReviewStored(): void {
	if (!readReviewsFlag()) writeReviewsFlag(true);
}

/** "1280x447": the list's height at that window width (what the inline script compares). */
export const listHeightEntry = (width: number, height: number): string => `${Math.round(width)}x${Math.ceil(height)}`;

/** The list's height as last shown, kept for the next first paint at the same width. */
export function rememberListHeight(width: number, height: number, store: Store | undefined = storage()): void {
	if (!(height > 0)) return;
	try {
		store?.setItem(LIST_HEIGHT_KEY, listHeightEntry(width, height));
	} catch {
		// Not kept: the next first paint keeps a screen's height for the list instead.
	}
}

/**
 * Whether any review is stored, kept current (./has-reviews-watch: without
 * Dexie where it can), imported once the page has loaded: the layout was
 * decided without it. Returns the stop.
 */
export function watchHasReviews(handlers: LiveHandlers<boolean>): () => void {
	let stop: (() => void) | undefined;
	let stopped = false;
	const cancel = whenIdle(() => {
		import('./has-reviews-watch').then(({ watchStoredReviews }) => {
			if (!stopped) stop = watchStoredReviews(handlers);
		}, handlers.error);
	});
	return () => {
		stopped = true;
		cancel();
		stop?.();
	};
}
