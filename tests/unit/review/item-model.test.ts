import { describe, expect, it } from 'vitest';
import { reviewModel, matchesItemQuery } from '$lib/review/item-model';
import { exportItems } from '$lib/export/open-items';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { reviewSummary } from '$lib/export/review-summary';
import type { Answer, Session } from '$lib/review/schema';
import { cloneStandard, productionChecklist, reviewStandard, standards } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';

const P = 'production-code-checklist';
const t1 = ['concurrency', 'dependencies', 'failure-modes', 'resources', 'tests'].map((k) => `${P}/tier-1/${k}`);
const ids = (m: ReturnType<typeof reviewModel>) => m.items.map((i) => i.id);

describe('reviewModel: which items apply', () => {
	it('only Tier 1 until a trigger turns Tier 2 on; a forced tier on or off wins', () => {
		const s = makeSession();
		expect(ids(reviewModel(s, [], standards))).toEqual(t1);
		expect(reviewModel({ ...s, triggers: [`${P}/hot-path`] }, [], standards).items).toHaveLength(7);
		const forced = reviewModel({ ...s, tierOverrides: { [`${P}/3`]: true } }, [], standards);
		expect(ids(forced)).toEqual([...t1, `${P}/tier-3/rollback`]);
		expect(reviewModel({ ...s, triggers: [`${P}/hot-path`], tierOverrides: { [`${P}/2`]: false } }, [], standards).items).toHaveLength(5);
	});

	it('groups by standard and tier, with counts per checklist, tier, standard and overall', () => {
		const s = { ...makeSession(), triggers: [`${P}/hot-path`] };
		const m = reviewModel(s, [answer('s1', t1[0]!, 'done'), answer('s1', `${P}/tier-2/security`, 'na')], standards);
		expect(m.groups.map((g) => [g.key, g.standardTitle, g.tier])).toEqual([
			[`${P}/tier-1`, 'Production Code Checklist', 1],
			[`${P}/tier-2`, 'Production Code Checklist', 2]
		]);
		expect(m.counts.overall).toMatchObject({ total: 7, done: 1, na: 1, open: 5, finished: 2, percent: 28 });
		expect(m.counts.byTier[`${P}/1`]).toMatchObject({ total: 5, finished: 1 });
		expect(m.counts.byTier[`${P}/2`]).toMatchObject({ total: 2, finished: 1 });
		expect(m.counts.byChecklist[`${P}/tier-2`]).toEqual(m.groups[1]!.counts);
		expect(m.counts.byStandard[P]).toEqual(m.counts.overall);
	});

	it('a failed item is judged but not finished: no "4/4", not complete, blocking when P0', () => {
		const r = makeSession({ role: 'reviewer' });
		const R = 'code-review/review';
		const rows = [answer('s1', `${R}/correctness`, 'fail'), answer('s1', `${R}/security`, 'done'), answer('s1', `${R}/naming`, 'done'), answer('s1', `${R}/docs`, 'na')];
		const m = reviewModel(r, rows, standards);
		expect(m.counts.overall).toMatchObject({ total: 4, finished: 3, fail: 1, open: 0 });
		expect(m.complete).toBe(false);
		expect(m.blocking.map((b) => [b.id, b.state])).toEqual([[`${R}/correctness`, 'fail']]);
		const fixed = reviewModel(r, [...rows.slice(1), answer('s1', `${R}/correctness`, 'done')], standards);
		expect(fixed.complete).toBe(true);
		expect(fixed.blocking).toEqual([]);
	});

	it('nothing to review is not complete', () => {
		expect(reviewModel({ ...makeSession(), checklists: [] }, [], standards).complete).toBe(false);
	});

	it('rows carry state, note and answer; missing rows are open', () => {
		const rows: Answer[] = [answer('s1', t1[0]!, 'na', { note: 'No shared state here', answer: 'x' })];
		const [first, second] = reviewModel(makeSession(), rows, standards).items;
		// A row stored before N/A had its own reason field: its note was the reason.
		expect([first?.state, first?.note, first?.reason, first?.answer]).toEqual(['na', '', 'No shared state here', 'x']);
		expect([second?.state, second?.note, second?.answer, second?.row]).toEqual(['open', '', '', undefined]);
	});
});

describe('reviewModel: drift', () => {
	it('no drift against the content the review was made from', () => {
		const m = reviewModel(makeSession(), [], standards);
		expect(m.items.every((i) => i.drift === 'unchanged')).toBe(true);
		expect(m.drift).toEqual({ reworded: 0, moved: 0, removed: 0, new: 0, changedStandards: [], missingStandards: [], hasDrift: false });
	});

	it('reworded, removed and new items; the review keeps the text it reviewed', () => {
		const s = makeSession();
		const next = cloneStandard(productionChecklist);
		next.version = 'v2';
		const tier1 = next.checklists[0]!;
		tier1.items[0]!.text = 'Concurrency: is all shared state locked?';
		tier1.items[1]!.priority = 'P1';
		tier1.items.splice(4, 1);
		tier1.items.push({ ...tier1.items[2]!, id: `${P}/tier-1/observability`, text: 'Observability: is it logged?', label: 'Observability' });
		const m = reviewModel(s, [], [next, reviewStandard]);
		const byId = new Map(m.items.map((i) => [i.id, i]));
		expect(byId.get(t1[0]!)).toMatchObject({ drift: 'reworded', changes: ['text'] });
		expect(byId.get(t1[0]!)?.item.text).toBe('Concurrency: is shared state protected?');
		expect(byId.get(t1[1]!)).toMatchObject({ drift: 'reworded', changes: ['priority'] });
		expect(byId.get(t1[4]!)?.drift).toBe('removed');
		expect(byId.get(`${P}/tier-1/observability`)).toMatchObject({ drift: 'new' });
		expect(byId.get(`${P}/tier-1/observability`)?.item.text).toBe('Observability: is it logged?');
		// Content order first, then what the content no longer has.
		expect(ids(m)).toEqual([t1[0], t1[1], t1[2], t1[3], `${P}/tier-1/observability`, t1[4]]);
		expect(m.drift).toMatchObject({ reworded: 2, moved: 0, removed: 1, new: 1, changedStandards: [P], hasDrift: true });
	});

	it('an item moved to another checklist is one item, everywhere: rows, progress, exports and the notice agree', () => {
		const s: Session = { ...makeSession(), triggers: [`${P}/hot-path`] };
		const next = cloneStandard(productionChecklist);
		const [tier1, tier2] = next.checklists;
		const moved = tier1!.items.splice(0, 1)[0]!;
		tier2!.items.push(moved); // explicit ids stay the same when an item moves
		const answers = [answer('s1', moved.id, 'done')];
		const m = reviewModel(s, answers, [next, reviewStandard]);
		const placed = m.items.filter((i) => i.id === moved.id);
		expect(placed).toHaveLength(1);
		expect(placed[0]).toMatchObject({ drift: 'moved', changes: ['checklist', 'tier'], state: 'done' });
		// It stays where it was reviewed: Tier 1, first.
		expect(m.groups[0]!.checklists[0]!.items.map((i) => i.id)).toEqual([t1[1], t1[2], t1[3], t1[4], moved.id]);
		expect(m.counts.overall.total).toBe(m.items.length);
		expect(m.counts.overall.total).toBe(7);
		expect(m.drift).toMatchObject({ moved: 1, removed: 0, reworded: 0, new: 0 });
		const input = { session: s, answers, standards: [next, reviewStandard] };
		expect(exportItems('review', input)).toHaveLength(7);
		expect(exportItems('pr-block', input, { includeTierChecks: true })).toHaveLength(7);
		expect(prSelfQaBlock(input, { includeTierChecks: true })).toContain('1 of 7 done');
		expect(reviewSummary(input)).toContain('1 of 7 checked');
	});

	it('an item moved out of a checklist the review no longer uses follows the standard', () => {
		const s: Session = { ...makeSession(), checklists: [`${P}/tier-2`], triggers: [`${P}/hot-path`] };
		const next = cloneStandard(productionChecklist);
		const moved = next.checklists[0]!.items.splice(0, 1)[0]!;
		next.checklists[1]!.items.push(moved);
		const m = reviewModel(s, [], [next, reviewStandard]);
		expect(ids(m)).toEqual([`${P}/tier-2/security`, `${P}/tier-2/performance`, moved.id]);
		expect(m.items[2]?.drift).toBe('moved');
	});

	it('a custom standard deleted since: its items stay as reviewed, Tier 2/3 only when forced on', () => {
		const s = makeSession();
		const m = reviewModel(s, [answer('s1', t1[0]!, 'done')], [reviewStandard]);
		expect(ids(m)).toEqual(t1);
		expect(m.items.every((i) => i.drift === 'unchanged' && i.current === undefined)).toBe(true);
		expect(m.groups[0]).toMatchObject({ standardTitle: P, standard: undefined, tier: 1 });
		expect(m.groups[0]!.checklists[0]!.title).toBe('tier-1');
		expect(m.drift).toMatchObject({ missingStandards: [P], removed: 0, hasDrift: true });
		expect(reviewModel({ ...s, tierOverrides: { [`${P}/2`]: true } }, [], []).items).toHaveLength(7);
	});
});

describe('reviewModel: stable objects', () => {
	it('keeps the objects of unchanged items and renews only the changed one', () => {
		const s = makeSession();
		const first = reviewModel(s, [], standards);
		const previous = new Map(first.items.map((i) => [i.id, i]));
		const second = reviewModel(structuredClone(s), [answer('s1', t1[0]!, 'done')], standards, previous);
		expect(second.items[0]).not.toBe(first.items[0]);
		expect(second.items[0]?.state).toBe('done');
		expect(second.items.slice(1).every((v, i) => v === first.items[i + 1])).toBe(true);
	});
});

describe('matchesItemQuery', () => {
	it('matches text, label, note and answer, case-insensitively', () => {
		const [item] = reviewModel(makeSession(), [answer('s1', t1[0]!, 'done', { note: 'Uses an RLock' })], standards).items;
		expect(matchesItemQuery(item!, 'CONCURRENCY')).toBe(true);
		expect(matchesItemQuery(item!, 'rlock')).toBe(true);
		expect(matchesItemQuery(item!, 'zzz')).toBe(false);
		expect(matchesItemQuery(item!, '  ')).toBe(true);
	});
});
