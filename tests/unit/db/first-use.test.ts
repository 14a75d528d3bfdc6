import { beforeEach, describe, expect, it, vi } from 'vitest';

// Module state: a fresh copy per test.
beforeEach(() => vi.resetModules());
const load = () => import('$lib/db/first-use');

describe('whenDatabaseUsed', () => {
	it('waits for the database to be used, then runs once', async () => {
		const { markDatabaseUsed, whenDatabaseUsed } = await load();
		const run = vi.fn();
		whenDatabaseUsed(run);
		expect(run).not.toHaveBeenCalled();
		markDatabaseUsed();
		markDatabaseUsed();
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('runs at once once it is in use, and not at all when cancelled before', async () => {
		const { markDatabaseUsed, whenDatabaseUsed } = await load();
		const cancelled = vi.fn();
		whenDatabaseUsed(cancelled)();
		markDatabaseUsed();
		expect(cancelled).not.toHaveBeenCalled();
		const later = vi.fn();
		whenDatabaseUsed(later);
		expect(later).toHaveBeenCalledTimes(1);
	});

	it('getDb marks it used (the layout notice then imports the db layer)', async () => {
		const { whenDatabaseUsed } = await load();
		const run = vi.fn();
		whenDatabaseUsed(run);
		const { getDb } = await import('$lib/db/database');
		expect(run).not.toHaveBeenCalled();
		getDb();
		expect(run).toHaveBeenCalledTimes(1);
	});
});
