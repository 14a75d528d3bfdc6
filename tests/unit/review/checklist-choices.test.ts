import { describe, expect, it } from 'vitest';
import { checklistChoice, checklistChoiceGroups } from '$lib/review/checklist-choices';
import type { Checklist } from '$lib/content/schema';
import { cloneStandard, productionChecklist, reviewStandard } from '../../fixtures/standards';

const list = (over: Partial<Checklist>): Checklist => ({
	id: 'questions',
	title: 'Questions',
	heading: '6. Datastore Concurrency (Mandatory)',
	sectionId: 'six',
	kind: 'review',
	roles: ['author'],
	items: [],
	...over
});

describe('checklistChoice', () => {
	it('names the section when the title does not say it', () => {
		expect(checklistChoice('pcc', list({}))).toEqual({ key: 'pcc/questions', title: 'Questions', section: '6. Datastore Concurrency (Mandatory)', itemCount: 0 });
	});

	it('leaves the section out when it is the title, emoji aside', () => {
		expect(checklistChoice('pcc', list({ title: 'Security', heading: '🔒 Security' })).section).toBeUndefined();
	});

	it('drops a heading’s leading emoji', () => {
		expect(checklistChoice('pcc', list({ title: 'Tier 1', heading: '🚨 TL;DR - Quick Reference' })).section).toBe('TL;DR - Quick Reference');
	});
});

describe('checklistChoiceGroups', () => {
	it('groups a tiered standard by tier, untiered last, status lists left out', () => {
		const standard = cloneStandard(productionChecklist);
		standard.checklists.push(list({ id: 'docs', title: 'Documentation', heading: 'Validation' }));
		const groups = checklistChoiceGroups(standard);
		expect(groups.map((g) => [g.label, g.tier, g.choices.map((c) => c.title)])).toEqual([
			['Tier 1', 1, ['Tier 1 - MANDATORY FOR ALL CODE']],
			['Tier 2', 2, ['Tier 2 - IF APPLICABLE']],
			['Tier 3', 3, ['Tier 3 - CRITICAL SYSTEMS']],
			['Not in a tier', undefined, ['Documentation']]
		]);
		expect(groups.flatMap((g) => g.choices).some((c) => c.title === 'Current Status')).toBe(false);
	});

	it('keeps a standard without tiers as one plain list', () => {
		const groups = checklistChoiceGroups(reviewStandard);
		expect(groups).toHaveLength(1);
		expect(groups[0]?.tier).toBeUndefined();
	});
});
