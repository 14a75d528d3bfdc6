import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_MUTATED } from '$lib/app/home/stored-changes';
import { watchStoredChanges, type StoredChanges } from '$lib/app/workbook/review-changes';

const watchers: StoredChanges[] = [];
const senders: BroadcastChannel[] = [];
afterEach(() => {
	watchers.splice(0).forEach((w) => w.close());
	senders.splice(0).forEach((s) => s.close());
});

function watch(tables: string[]): StoredChanges {
	const w = watchStoredChanges(tables, 'shipshape');
	watchers.push(w);
	return w;
}

/** What another tab's Dexie posts after a write (parts keyed by database and table). */
function post(parts: Record<string, unknown>): void {
	const sender = new BroadcastChannel(STORAGE_MUTATED);
	senders.push(sender);
	sender.postMessage(parts);
}

describe('watchStoredChanges', () => {
	it('calls back once at the first change another tab makes to a watched table', async () => {
		const changes = watch(['sessions', 'answers']);
		const run = vi.fn();
		changes.onChange(run);
		post({ 'idb://shipshape/answers/': { from: ['s1', 'i1'], to: ['s1', 'i1'] } });
		await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
		post({ 'idb://shipshape/answers/': {} });
		await new Promise((r) => setTimeout(r, 20));
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('ignores other tables, other databases and foreign messages', async () => {
		const changes = watch(['answers']);
		const run = vi.fn();
		changes.onChange(run);
		post({ 'idb://shipshape/reading/': {} });
		post({ 'idb://other/answers/': {} });
		post({ hello: 'world' } as Record<string, unknown>);
		await new Promise((r) => setTimeout(r, 30));
		expect(run).not.toHaveBeenCalled();
	});

	it('a change heard before anyone asked is not missed (the page listens before its peek)', async () => {
		const changes = watch(['sessions']);
		post({ 'idb://shipshape/sessions/': {} });
		await new Promise((r) => setTimeout(r, 30));
		const run = vi.fn();
		changes.onChange(run);
		await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
	});

	it('closed or cancelled: nothing runs', async () => {
		const cancelled = watch(['answers']);
		const closed = watch(['answers']);
		const a = vi.fn();
		const b = vi.fn();
		cancelled.onChange(a)();
		closed.onChange(b);
		closed.close();
		post({ 'idb://shipshape/answers/': {} });
		await new Promise((r) => setTimeout(r, 30));
		expect(a).not.toHaveBeenCalled();
		expect(b).not.toHaveBeenCalled();
	});
});
