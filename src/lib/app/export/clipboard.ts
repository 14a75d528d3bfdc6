/**
 * Copying an export. writeText is called synchronously in the click handler
 * (Safari refuses it after an await); when the clipboard is missing or
 * refused, the text is selected so the user can copy it by hand.
 */

export type CopyOutcome = 'copied' | 'manual';

export const COPIED_MESSAGE = 'Copied';
export const MANUAL_COPY_MESSAGE = 'Press Ctrl+C (⌘C) to copy';

/** Select the field's text so Ctrl+C / ⌘C copies it. */
export function selectForManualCopy(field: HTMLTextAreaElement | undefined): void {
	if (!field) return;
	field.focus();
	field.select();
	field.setSelectionRange(0, field.value.length);
}

/** Call from the click handler itself, before any await. */
export function copyText(text: string, field: HTMLTextAreaElement | undefined): Promise<CopyOutcome> {
	let pending: Promise<void>;
	try {
		if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) throw new Error('No clipboard');
		pending = navigator.clipboard.writeText(text);
	} catch {
		selectForManualCopy(field);
		return Promise.resolve('manual');
	}
	return pending.then(
		(): CopyOutcome => 'copied',
		(): CopyOutcome => {
			selectForManualCopy(field);
			return 'manual';
		}
	);
}
