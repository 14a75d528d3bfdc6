import { describe, expect, it } from 'vitest';
import { answersByItem } from '$lib/review/answer-rows';
import { flatItems, isOpen, matchesItemQuery, workbookGroups, type ItemView } from '$lib/review/workbook-view';
import { cloneStandard, standards } from '../../fixtures/standards';
import { answer, makeSession } from '../../fixtures/sessions';

const byId = (views: ItemView[]) => new Map(views.map((v) => [v.id, v]));

describe('workbookGroups', () => {
	const session = makeSession({ role: 'author' });

	it('groups the applicable checklists by standard and tier, items in content order', () => {
		const groups = workbookGroups(session, standards, new Map());
		expect(groups.length).toBeGreaterThan(0);
		const items = flatItems(groups);
		expect(items.length).toBe(Object.keys(session.items).filter((id) => items.some((v) => v.id === id)).length);
		expect(items.every((v) => v.drift === 'same' && isOpen(v))).toBe(true);
	});

	it('keeps the view objects of unchanged items and renews only the changed one', () => {
		const first = flatItems(workbookGroups(session, standards, new Map()));
		const ticked = first[0]!;
		const answers = answersByItem([answer(session.id, ticked.id, 'done')]);
		// A fresh session object, as every query returns.
		const second = flatItems(workbookGroups(structuredClone(session), standards, answers, byId(first)));
		expect(second[0]).not.toBe(first[0]);
		expect(second[0]?.answer?.state).toBe('done');
		expect(second.slice(1).every((v, i) => v === first[i + 1])).toBe(true);
	});

	it('shows what the session reviewed when the standard has changed since', () => {
		const changed = standards.map(cloneStandard);
		const item = changed[0]!.checklists.find((c) => session.checklists.includes(`${changed[0]!.slug}/${c.id}`))!.items[0]!;
		item.text = 'Reworded in the standard';
		const view = flatItems(workbookGroups(session, changed, new Map())).find((v) => v.id === item.id)!;
		expect(view.drift).toBe('changed');
		expect(view.stored.text).not.toBe('Reworded in the standard');
	});

	it('matches a search on text, label and note', () => {
		const view = flatItems(workbookGroups(session, standards, new Map()))[0]!;
		expect(matchesItemQuery(view, view.stored.text.slice(0, 5).toUpperCase())).toBe(true);
		expect(matchesItemQuery(view, 'zzz-no-such-text')).toBe(false);
		expect(matchesItemQuery(view, '  ')).toBe(true);
	});
});
