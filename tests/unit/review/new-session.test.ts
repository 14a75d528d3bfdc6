import { describe, expect, it } from 'vitest';
import { copySettings, defaultChecklists, newSession, withChecklists } from '$lib/review/new-session';
import { sessionSchema } from '$lib/review/schema';
import { productionChecklist, standards } from '../../fixtures/standards';
import { T0, makeSession, pr } from '../../fixtures/sessions';

describe('newSession', () => {
	it('uses the role defaults and snapshots every item', () => {
		const s = makeSession();
		expect(sessionSchema.safeParse(s).success).toBe(true);
		expect(s.checklists).toEqual([
			'production-code-checklist/tier-1',
			'production-code-checklist/tier-2',
			'production-code-checklist/tier-3'
		]);
		expect(Object.keys(s.items)).toHaveLength(8);
		expect(s.items['production-code-checklist/tier-1/concurrency']).toEqual({
			id: 'production-code-checklist/tier-1/concurrency',
			standardSlug: 'production-code-checklist',
			checklistId: 'tier-1',
			text: 'Concurrency: is shared state protected?',
			label: 'Concurrency',
			tier: 1
		});
		expect(s.contentVersions).toEqual({ 'production-code-checklist': 'v1-hash' });
		expect(s.prKey).toBe('github:acme/api#12|author');
		expect(s.commit).toEqual({ type: 'feat', scope: '', description: '', breaking: '', refs: true });
		expect(s).toMatchObject({ status: 'in-progress', createdAt: T0, updatedAt: T0, fiveSecond: {}, triggers: [] });
	});

	it('reviewer defaults come from the reviewer standard, with priorities', () => {
		const s = makeSession({ role: 'reviewer' });
		expect(s.checklists).toEqual(['code-review/review']);
		expect(s.items['code-review/review/correctness']?.priority).toBe('P0');
		expect(s.contentVersions).toEqual({ 'code-review': 'rv-hash' });
	});

	it('takes given checklists, in content order, dropping unknown and status lists', () => {
		const s = newSession({
			id: 'x',
			pr: pr('a/b#1'),
			title: ' T ',
			role: 'author',
			checklists: ['code-review/review', 'nope/x', 'production-code-checklist/current-status', 'production-code-checklist/tier-1'],
			standards,
			now: T0
		});
		expect(s.checklists).toEqual(['production-code-checklist/tier-1', 'code-review/review']);
		expect(s.title).toBe('T');
	});

	it('defaultChecklists ignores ids the content lacks', () => {
		const broken = { ...productionChecklist, defaults: { author: ['tier-1', 'missing'], reviewer: [] } };
		expect(defaultChecklists([broken], 'author')).toEqual(['production-code-checklist/tier-1']);
	});
});

describe('copySettings', () => {
	it('copies choices and commit type/scope, not answers or description', () => {
		const from = {
			...makeSession(),
			triggers: ['production-code-checklist/hot-path'],
			tierOverrides: { 'production-code-checklist/3': true },
			fiveSecond: { 'shared-state': false },
			commit: { type: 'fix', scope: 'client', description: 'old', breaking: 'x', refs: false }
		};
		const copy = copySettings(from, { id: 's2', pr: pr('acme/api#13'), title: 'Next', standards, now: '2025-02-01T00:00:00.000Z' });
		expect(copy).toMatchObject({
			id: 's2',
			prKey: 'github:acme/api#13|author',
			triggers: from.triggers,
			tierOverrides: from.tierOverrides,
			fiveSecond: {},
			commit: { type: 'fix', scope: 'client', description: '', breaking: '', refs: false },
			checklists: from.checklists,
			createdAt: '2025-02-01T00:00:00.000Z'
		});
		expect(copy.triggers).not.toBe(from.triggers);
	});

	it('keeps the checklists the user chose on top of the copied ones, and drops the ones unticked', () => {
		const from = { ...makeSession(), checklists: ['production-code-checklist/tier-1'] };
		const chosen = ['production-code-checklist/tier-1', 'code-review/review'];
		const copy = copySettings(from, { id: 's2', pr: pr('acme/api#13'), title: '', standards, now: T0, checklists: chosen });
		expect(copy.checklists).toEqual(chosen);
		expect(Object.keys(copy.items)).toContain('code-review/review/correctness');
		const fewer = copySettings({ ...makeSession() }, { id: 's3', pr: pr('acme/api#14'), title: '', standards, now: T0, checklists: ['production-code-checklist/tier-2'] });
		expect(fewer.checklists).toEqual(['production-code-checklist/tier-2']);
	});

	it('switching role starts from that role’s defaults', () => {
		const copy = copySettings(makeSession(), { id: 's2', pr: pr('acme/api#12'), title: '', standards, now: T0, role: 'reviewer' });
		expect(copy.checklists).toEqual(['code-review/review']);
		expect(copy.prKey).toBe('github:acme/api#12|reviewer');
	});
});

describe('withChecklists', () => {
	it('snapshots new checklists and keeps stored text of existing items', () => {
		const s = makeSession();
		const id = 'production-code-checklist/tier-1/tests';
		const edited = { ...s, items: { ...s.items, [id]: { ...s.items[id]!, text: 'old text' } } };
		const next = withChecklists(edited, standards, [...s.checklists, 'code-review/review'], '2025-03-01T00:00:00.000Z');
		expect(next.checklists).toContain('code-review/review');
		expect(next.items['code-review/review/naming']?.text).toBe('Names say what things are');
		expect(next.items[id]?.text).toBe('old text');
		expect(next.contentVersions).toEqual({ 'production-code-checklist': 'v1-hash', 'code-review': 'rv-hash' });
	});

	it('keeps choices of a standard that is not loaded', () => {
		const s = { ...makeSession(), checklists: ['gone/list', 'production-code-checklist/tier-1'] };
		expect(withChecklists(s, standards, ['gone/list'], T0).checklists).toEqual(['gone/list']);
	});
});
