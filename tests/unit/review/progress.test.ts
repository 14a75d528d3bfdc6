import { describe, expect, it } from 'vitest';
import { blockingItems, countStates, isComplete, openItems, sessionProgress } from '$lib/review/progress';
import { applicableItems } from '$lib/review/session-items';
import type { Answer } from '$lib/review/schema';
import { standards } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';

const P = 'production-code-checklist';
const t1 = ['concurrency', 'dependencies', 'failure-modes', 'resources', 'tests'].map((k) => `${P}/tier-1/${k}`);

describe('applicableItems', () => {
	it('only Tier 1 until a trigger turns Tier 2 on', () => {
		const s = makeSession();
		expect(applicableItems(s, standards).map((i) => i.id)).toEqual(t1);
		const on = { ...s, triggers: [`${P}/hot-path`] };
		expect(applicableItems(on, standards)).toHaveLength(7);
		const forced = { ...s, tierOverrides: { [`${P}/3`]: true } };
		expect(applicableItems(forced, standards).map((i) => i.id)).toEqual([...t1, `${P}/tier-3/rollback`]);
	});

	it('keeps stored items the content no longer has, after the current ones', () => {
		const s = makeSession();
		const gone = { id: `${P}/tier-1/legacy`, standardSlug: P, checklistId: 'tier-1', text: 'Old check', tier: 1 as const };
		const withGone = { ...s, items: { [gone.id]: gone, ...s.items } };
		expect(applicableItems(withGone, standards).map((i) => i.id)).toEqual([...t1, gone.id]);
	});

	it('items of a standard that is not loaded: Tier 1 only unless forced', () => {
		const s = makeSession();
		expect(applicableItems(s, [])).toHaveLength(5);
		expect(applicableItems({ ...s, tierOverrides: { [`${P}/2`]: true } }, [])).toHaveLength(7);
	});
});

describe('progress', () => {
	const s = makeSession();
	const rows: Answer[] = [answer('s1', t1[0]!, 'done'), answer('s1', t1[1]!, 'na'), answer('s1', t1[2]!, 'fail')];

	it('counts per checklist, tier, standard and overall; missing rows are open', () => {
		const p = sessionProgress(s, standards, rows);
		expect(p.overall).toEqual({ total: 5, open: 2, done: 1, na: 1, fail: 1, resolved: 3, percent: 60 });
		expect(p.byChecklist[`${P}/tier-1`]).toEqual(p.overall);
		expect(p.byTier[`${P}/1`]).toEqual(p.overall);
		expect(p.byStandard[P]).toEqual(p.overall);
		expect(p.byTier[`${P}/2`]).toBeUndefined();
	});

	it('countStates and percent rounding down', () => {
		const three = [s.items[t1[0]!]!, s.items[t1[1]!]!, s.items[t1[3]!]!];
		expect(countStates(three, rows).percent).toBe(66);
		expect(countStates([], rows)).toMatchObject({ total: 0, percent: 0 });
	});

	it('openItems lists what is open, in order', () => {
		expect(openItems(s, standards, rows).map((i) => i.id)).toEqual([t1[3], t1[4]]);
	});

	it('isComplete when every applicable item is resolved (fail included), not when empty', () => {
		expect(isComplete(s, standards, rows)).toBe(false);
		const all = t1.map((id, i) => answer('s1', id, i === 0 ? 'fail' : 'done'));
		expect(isComplete(s, standards, all)).toBe(true);
		expect(isComplete({ ...s, checklists: [] }, standards, all)).toBe(false);
		// Turning Tier 2 on adds open items: no longer complete.
		expect(isComplete({ ...s, triggers: [`${P}/hot-path`] }, standards, all)).toBe(false);
	});

	it('blockingItems: P0 items open or failed', () => {
		const r = makeSession({ role: 'reviewer' });
		const R = 'code-review/review';
		const res = blockingItems(r, standards, [answer('s1', `${R}/correctness`, 'fail'), answer('s1', `${R}/naming`, 'fail')]);
		expect(res.map((x) => [x.item.id, x.state])).toEqual([
			[`${R}/correctness`, 'fail'],
			[`${R}/security`, 'open']
		]);
		const passed = blockingItems(r, standards, [answer('s1', `${R}/correctness`, 'done'), answer('s1', `${R}/security`, 'na')]);
		expect(passed).toEqual([]);
	});
});
