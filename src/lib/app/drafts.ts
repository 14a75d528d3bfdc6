/**
 * Typed text that is not stored as an answer or a session field yet, kept in
 * localStorage on every keystroke: a synchronous write, so an in-app link, a
 * reload, a closed tab or a killed browser right after typing loses nothing.
 * The field that owns a draft reads it back when it opens and clears it once
 * the text is really stored (or the user cancels).
 */

const PREFIX = 'shipshape:draft:';

/** Storage can be missing or full (private mode, quota): a draft is a safety net, never a failure. */
function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

export function draftKey(...parts: string[]): string {
	return PREFIX + parts.join(':');
}

export function readDraft(key: string): string | undefined {
	return storage()?.getItem(key) ?? undefined;
}

export function writeDraft(key: string, text: string): void {
	try {
		storage()?.setItem(key, text);
	} catch {
		// Full storage: the leave guard still holds the typing.
	}
}

export function clearDraft(key: string): void {
	storage()?.removeItem(key);
}

/** The keys of drafts that start with a prefix made by draftKey (one review's drafts). */
export function draftKeysUnder(prefix: string): string[] {
	const store = storage();
	if (!store) return [];
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const key = store.key(i);
		if (key?.startsWith(prefix)) keys.push(key);
	}
	return keys;
}
