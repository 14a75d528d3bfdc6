import { describe, expect, it } from 'vitest';
import { decodeText } from '$lib/content/decode-text';
import { formatBytes } from '$lib/content/format-bytes';
import { checkReviewable, checkTitle, decodeMarkdown, MARKDOWN_MAX_BYTES } from '$lib/custom/markdown-input';
import { parseBackup } from '$lib/backup/envelope';
import { BACKUP_MAX_BYTES } from '$lib/backup/schema';

describe('formatBytes', () => {
	it('uses the units people read', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(3500)).toBe('3.4 KB');
		expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
		expect(formatBytes(25.3 * 1024 * 1024)).toBe('25 MB');
		expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
	});
});

describe('markdown input limits and encoding', () => {
	it('accepts UTF-8 text and strips a BOM', () => {
		expect(decodeMarkdown(new TextEncoder().encode('\uFEFF# Hi ✓\n- [ ] a'))).toEqual({ ok: true, text: '# Hi ✓\n- [ ] a' });
	});

	it('refuses more than 1 MB, saying the size and the limit', () => {
		const big = 'x'.repeat(MARKDOWN_MAX_BYTES + 1);
		expect(decodeMarkdown(big)).toEqual({ ok: false, message: 'This standard is more than 1 MB; the limit is 1 MB.' });
		const bigger = new Uint8Array(3 * 1024 * 1024).fill(65);
		expect(decodeMarkdown(bigger)).toEqual({ ok: false, message: 'This standard is 3 MB; the limit is 1 MB.' });
	});

	it('refuses empty and whitespace-only text', () => {
		expect(decodeMarkdown('')).toMatchObject({ ok: false, message: 'This standard is empty.' });
		expect(decodeMarkdown('  \n\t ')).toMatchObject({ ok: false, message: 'This standard is empty.' });
	});

	it('refuses binary files (NUL bytes) and invalid UTF-8', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(decodeMarkdown(png)).toMatchObject({ ok: false, message: expect.stringContaining('not UTF-8') });
		expect(decodeMarkdown(new Uint8Array([0x23, 0x20, 0x41, 0, 0x42]))).toMatchObject({ ok: false, message: expect.stringContaining('NUL bytes') });
		// Latin-1 "é" alone is not UTF-8: refused, not turned into U+FFFD.
		expect(decodeMarkdown(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ ok: false, message: expect.stringContaining('not UTF-8') });
	});

	it('needs a task list and a title', () => {
		expect(checkReviewable({ checklists: [] })).toMatch(/no checklist/);
		expect(checkTitle('  ')).toBe('Give the standard a title.');
		expect(checkTitle('x'.repeat(201))).toMatch(/too long/);
		expect(checkTitle('Ours')).toBeUndefined();
	});
});

describe('backup file limits and encoding', () => {
	it('refuses a file over 20 MB, saying its size and the limit', () => {
		const big = new Uint8Array(BACKUP_MAX_BYTES + 5 * 1024 * 1024).fill(32);
		expect(parseBackup(big)).toEqual({ ok: false, message: 'This file is 25 MB; the limit is 20 MB.' });
	});

	it('refuses empty, binary and non-UTF-8 files', () => {
		expect(parseBackup(new Uint8Array())).toEqual({ ok: false, message: 'This file is empty.' });
		expect(parseBackup(new Uint8Array([0x7b, 0, 0x7d]))).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
		expect(parseBackup(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({ ok: false, message: expect.stringContaining('not UTF-8') });
	});

	it('decodeText names what it refuses', () => {
		expect(decodeText('', { maxBytes: 10, what: 'thing' })).toEqual({ ok: false, message: 'This thing is empty.' });
	});
});
