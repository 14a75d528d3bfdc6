import { describe, expect, it } from 'vitest';
import { checklist, parseText } from './helpers';

const NESTED = '# Ours\n\n## Checks\n\n- [ ] Backend\n  - [ ] Tests added\n- [ ] Frontend\n  - [ ] Tests added\n';

describe('items with the same text under different parents', () => {
	it('a custom standard gets distinct ids instead of a "duplicate item id" refusal', () => {
		const items = checklist(parseText(NESTED, 'ours.md'), 'checks').items;
		const ids = items.filter((i) => i.text === 'Tests added').map((i) => i.id);
		expect(ids).toHaveLength(2);
		expect(new Set(ids).size).toBe(2);
	});

	it('bundled content still fails loudly (it names such items in frontmatter)', () => {
		expect(() => parseText(NESTED, 'ours.md', { source: 'bundled' })).toThrow(/duplicate item id/);
	});
});

describe('a fully pre-ticked list outside a status section', () => {
	it('is a record of status; a list with only some items ticked stays a checklist', () => {
		const doc = parseText('# S\n\n## Done\n\n- [x] a\n- [x] b\n\n## Mixed\n\n- [x] c\n- [ ] d\n', 's.md');
		expect(doc.checklists.map((c) => [c.id, c.kind])).toEqual([
			['done', 'status'],
			['mixed', 'review']
		]);
	});
});
