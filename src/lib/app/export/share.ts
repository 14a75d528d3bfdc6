/** Download and share for the exports: no network, everything stays in the browser. */

/** Save text as a file: a Blob behind an object URL and a temporary <a download>. */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

export type ShareOutcome = 'shared' | 'cancelled' | { error: string };

/** Call from the click handler itself: share needs the user's gesture. */
export function shareText(title: string, text: string): Promise<ShareOutcome> {
	let pending: Promise<void>;
	try {
		pending = navigator.share({ title, text });
	} catch (error) {
		return Promise.resolve({ error: shareError(error) });
	}
	return pending.then(
		(): ShareOutcome => 'shared',
		(error: unknown): ShareOutcome => (error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : { error: shareError(error) })
	);
}

function shareError(error: unknown): string {
	const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
	return `Sharing did not work${reason}. Use Copy or Download instead.`;
}
