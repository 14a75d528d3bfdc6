/**
 * Text from a file the user hands us (a backup, a markdown standard):
 * refuse it before parsing when it is too big, empty, binary or not UTF-8,
 * each with a message that says which.
 */
import { formatBytes } from './format-bytes';

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export interface DecodeOptions {
	maxBytes: number;
	/** "backup", "standard": used in messages. */
	what: string;
}

/** Bytes (a File's arrayBuffer) or a string already in memory (pasted text). */
export function decodeText(input: ArrayBuffer | Uint8Array | string, options: DecodeOptions): Decoded {
	const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input instanceof Uint8Array ? input : new Uint8Array(input);
	const size = checkSize(bytes.byteLength, options);
	if (size) return { ok: false, message: size };
	let text: string;
	try {
		// fatal: a single invalid byte refuses the whole file instead of turning into U+FFFD.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, message: `This ${options.what} is not UTF-8 text: it looks like a binary file or uses another encoding. Save it as UTF-8 and try again.` };
	}
	// NUL is valid UTF-8 but never appears in text: images, archives and databases are full of it.
	if (text.includes('\u0000')) return { ok: false, message: `This ${options.what} looks like a binary file (it contains NUL bytes), not text.` };
	if (text.trim() === '') return { ok: false, message: `This ${options.what} is empty.` };
	return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

/** The size check alone: a File's size is known before reading it. */
export function checkSize(bytes: number, options: DecodeOptions): string | undefined {
	if (bytes === 0) return `This ${options.what} is empty.`;
	if (bytes > options.maxBytes) {
		const limit = formatBytes(options.maxBytes);
		// Just over the limit rounds to the limit itself: "1 MB; the limit is 1 MB" would read as a bug.
		const size = formatBytes(bytes) === limit ? `more than ${limit}` : formatBytes(bytes);
		return `This ${options.what} is ${size}; the limit is ${limit}.`;
	}
	return undefined;
}
