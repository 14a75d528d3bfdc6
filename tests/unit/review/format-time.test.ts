import { describe, expect, it } from 'vitest';
import { formatRelative } from '$lib/review/format-time';

const now = '2026-11-22T12:00:00.000Z';

describe('formatRelative', () => {
	it('says just now for the last seconds', () => {
		expect(formatRelative('2026-11-22T11:59:40.000Z', now)).toBe('just now');
	});
	it('uses the largest fitting unit', () => {
		expect(formatRelative('2026-11-22T11:55:00.000Z', now)).toBe('5 minutes ago');
		expect(formatRelative('2026-11-22T09:00:00.000Z', now)).toBe('3 hours ago');
		expect(formatRelative('2026-11-21T12:00:00.000Z', now)).toBe('yesterday');
		expect(formatRelative('2026-10-01T12:00:00.000Z', now)).toBe('2 months ago');
	});
	it('returns empty text for a broken date', () => {
		expect(formatRelative('not a date', now)).toBe('');
	});
});
