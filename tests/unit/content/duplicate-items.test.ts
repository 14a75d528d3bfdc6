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
