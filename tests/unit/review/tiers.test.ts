import { describe, expect, it } from 'vitest';
import { scopedKey, tierApplies } from '$lib/review/tiers';
import { productionChecklist as pcc, reviewStandard } from '../../fixtures/standards';

const choice = (triggers: string[] = [], tierOverrides: Record<string, boolean> = {}) => ({ triggers, tierOverrides });
const slug = pcc.slug;

describe('tierApplies', () => {
	it('Tier 1 always applies, even forced off', () => {
		expect(tierApplies(choice(), pcc, 1)).toBe(true);
		expect(tierApplies(choice([], { [scopedKey(slug, 1)]: false }), pcc, 1)).toBe(true);
	});

	it('Tier 2/3 apply when one of their triggers is on', () => {
		expect(tierApplies(choice(), pcc, 2)).toBe(false);
		expect(tierApplies(choice([scopedKey(slug, 'hot-path')]), pcc, 2)).toBe(true);
		expect(tierApplies(choice([scopedKey(slug, 'hot-path')]), pcc, 3)).toBe(false);
		expect(tierApplies(choice([scopedKey(slug, 'payments')]), pcc, 3)).toBe(true);
	});

	it('only counts triggers scoped to this standard', () => {
		expect(tierApplies(choice([scopedKey('other', 'hot-path')]), pcc, 2)).toBe(false);
	});

	it('overrides win over triggers', () => {
		expect(tierApplies(choice([scopedKey(slug, 'hot-path')], { [scopedKey(slug, 2)]: false }), pcc, 2)).toBe(false);
		expect(tierApplies(choice([], { [scopedKey(slug, 3)]: true }), pcc, 3)).toBe(true);
	});

	it('a tier the standard does not define never applies', () => {
		expect(tierApplies(choice(), reviewStandard, 2)).toBe(false);
	});
});
