import { describe, expect, it } from 'vitest';
import { contentDrift, itemDrift } from '$lib/review/content-drift';
import { cloneStandard, productionChecklist, reviewStandard, standards } from '../../fixtures/standards';
import { makeSession } from '../../fixtures/sessions';

const P = 'production-code-checklist';

describe('contentDrift', () => {
	it('no drift against the content it was made from', () => {
		const d = contentDrift(makeSession(), standards);
		expect(d).toEqual({ changed: [], removed: [], added: [], changedStandards: [], missingStandards: [], hasDrift: false });
	});

	it('finds reworded, removed and new items; the session keeps its text', () => {
		const s = makeSession();
		const next = cloneStandard(productionChecklist);
		next.version = 'v2-hash';
		const tier1 = next.checklists[0]!;
		tier1.items[0]!.text = 'Concurrency: is all shared state locked?';
		tier1.items[1]!.priority = 'P1';
		tier1.items.splice(4, 1); // Tests removed
		tier1.items.push({ ...tier1.items[0]!, id: `${P}/tier-1/observability`, text: 'Observability: is it logged?' });
		const d = contentDrift(s, [next, reviewStandard]);
		expect(d.changed.map((c) => [c.id, c.fields])).toEqual([
			[`${P}/tier-1/concurrency`, ['text']],
			[`${P}/tier-1/dependencies`, ['priority']]
		]);
		expect(d.changed[0]?.stored.text).toBe('Concurrency: is shared state protected?');
		expect(d.removed.map((r) => r.id)).toEqual([`${P}/tier-1/tests`]);
		expect(d.added.map((a) => a.item.id)).toEqual([`${P}/tier-1/observability`]);
		expect(d.changedStandards).toEqual([P]);
		expect(d.hasDrift).toBe(true);
		expect(itemDrift(d, `${P}/tier-1/tests`)).toBe('removed');
		expect(itemDrift(d, `${P}/tier-1/concurrency`)).toBe('changed');
		expect(itemDrift(d, `${P}/tier-1/resources`)).toBeUndefined();
		expect(s.items[`${P}/tier-1/concurrency`]?.text).toBe('Concurrency: is shared state protected?');
	});

	it('a standard that is not loaded is reported as missing, not as removed items', () => {
		const d = contentDrift(makeSession(), [reviewStandard]);
		expect(d.removed).toEqual([]);
		expect(d.missingStandards).toEqual([P]);
		expect(d.changedStandards).toEqual([P]);
		expect(d.hasDrift).toBe(true);
	});
});
