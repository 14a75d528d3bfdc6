import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShipshapeDB } from '$lib/db/database';
import { addCustomStandard, getCustomStandard, listCustomStandards, removeCustomStandard, renameCustomStandard } from '$lib/db/custom-standards-repo';
import { createOrOpenSession, getSession } from '$lib/db/sessions-repo';
import { makeSession, T0 } from '../../fixtures/sessions';
import { T1 } from '../../fixtures/backups';
import { freshDb } from './db-helpers';

const dbs: ShipshapeDB[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
const open = (): ShipshapeDB => {
	const db = freshDb();
	dbs.push(db);
	return db;
};
const MD = '# Ours\n\n- [ ] First check\n';

describe('custom standards repository', () => {
	it('adds with a custom- slug from the title, unique on repeats', async () => {
		const db = open();
		const a = await addCustomStandard({ title: ' Team API rules ', markdown: MD }, { db, now: T0 });
		const b = await addCustomStandard({ title: 'Team API rules', markdown: MD }, { db, now: T0 });
		expect(a).toEqual({ slug: 'custom-team-api-rules', title: 'Team API rules', markdown: MD, createdAt: T0, updatedAt: T0 });
		expect(b.slug).toBe('custom-team-api-rules-2');
		expect((await listCustomStandards({ db })).map((r) => r.slug)).toEqual(['custom-team-api-rules', 'custom-team-api-rules-2']);
	});

	it('validates: empty title or markdown, over 1 MB', async () => {
		const db = open();
		await expect(addCustomStandard({ title: '  ', markdown: MD }, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(addCustomStandard({ title: 'x', markdown: '' }, { db })).rejects.toMatchObject({ kind: 'invalid' });
		await expect(addCustomStandard({ title: 'x', markdown: 'x'.repeat(1024 * 1024 + 1) }, { db })).rejects.toThrow(/larger than 1 MB/);
		expect(await listCustomStandards({ db })).toEqual([]);
	});

	it('renames (title only: the slug and item ids stay) and bumps updatedAt', async () => {
		const db = open();
		const row = await addCustomStandard({ title: 'Old', markdown: MD }, { db, now: T0 });
		const renamed = await renameCustomStandard(row.slug, 'New name', { db, now: T1 });
		expect(renamed).toEqual({ ...row, title: 'New name', updatedAt: T1 });
		await expect(renameCustomStandard('custom-nope', 'x', { db })).rejects.toMatchObject({ kind: 'not-found' });
		await expect(renameCustomStandard(row.slug, '', { db })).rejects.toMatchObject({ kind: 'invalid' });
	});

	it('removing leaves reviews that used it intact', async () => {
		const db = open();
		const row = await addCustomStandard({ title: 'Ours', markdown: MD }, { db });
		const session = makeSession();
		session.checklists.push(`${row.slug}/first`);
		session.items[`${row.slug}/first/x`] = { id: `${row.slug}/first/x`, standardSlug: row.slug, checklistId: 'first', text: 'First check' };
		await createOrOpenSession(session, { db });
		await removeCustomStandard(row.slug, { db });
		expect(await getCustomStandard(row.slug, { db })).toBeUndefined();
		expect(await getSession(session.id, { db })).toEqual(session);
	});
});
