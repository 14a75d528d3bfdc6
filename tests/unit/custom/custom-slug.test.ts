import { describe, expect, it } from 'vitest';
import { parseBackup } from '$lib/backup/envelope';
import { isValidCustomSlug, mergeCatalog } from '$lib/custom/custom-slug';
import { sampleBackup, toBytes } from '../../fixtures/backups';
import { STANDARDS } from '../../fixtures/export-fixtures';

const withCustom = (slug: string, markdown = '# Ours\n\n- [ ] one') => {
	const backup = sampleBackup();
	return { ...backup, customStandards: [{ ...backup.customStandards[0]!, slug, markdown }] };
};

describe('custom standards have their own namespace', () => {
	it('a restore refuses a custom slug named like a bundled standard, or outside "custom-"', () => {
		for (const slug of ['sdk-developer-guidelines', 'custom-', 'Custom-X', 'custom-a/b', 'custom-a--b']) {
			const result = parseBackup(toBytes(withCustom(slug)));
			expect(result, slug).toEqual({ ok: false, message: expect.stringContaining('is not a custom standard') });
		}
		expect(parseBackup(toBytes(withCustom('custom-ours-2'))).ok).toBe(true);
	});

	it('a restore enforces the same 1 MB limit as adding a standard', () => {
		const result = parseBackup(toBytes(withCustom('custom-big', `# Big\n\n- [ ] one\n${'x'.repeat(1024 * 1024)}`)));
		expect(result).toEqual({ ok: false, message: expect.stringContaining('larger than 1 MB') });
	});

	it('a stored custom standard that takes a bundled slug is left out of the catalog, not duplicated', () => {
		const bundled = STANDARDS;
		const impostor = { ...STANDARDS[1]!, source: 'custom' as const };
		const mine = { ...STANDARDS[1]!, slug: 'custom-mine', source: 'custom' as const };
		expect(mergeCatalog(bundled, [impostor, mine, mine]).map((s) => s.slug)).toEqual([...bundled.map((s) => s.slug), 'custom-mine']);
		expect(isValidCustomSlug('custom-api-rules')).toBe(true);
	});
});

describe('custom standards: parsing has a complexity limit', () => {
	it('a 150 KB standard with 50,000 tags is refused at once, by add and by restore', async () => {
		const { checkComplexity } = await import('$lib/custom/markdown-input');
		const { tagFloodStandard } = await import('../../fixtures/hostile-pr/bodies');
		const started = performance.now();
		expect(checkComplexity(tagFloodStandard())).toMatch(/^This standard has 50,000 HTML tags; the limit is 2,000\. Write it in plain markdown/);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(checkComplexity('# Fine\n\n- [ ] a <b>bold</b> item\n')).toBeUndefined();
		expect(parseBackup(toBytes(withCustom('custom-tags', tagFloodStandard())))).toEqual({ ok: false, message: expect.stringContaining('too complex') });
	});
});
