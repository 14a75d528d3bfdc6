import { describe, expect, it } from 'vitest';
import { ContentError } from '$lib/content/content-error';
import { parseFixture, parseText } from './helpers';

function failure(run: () => unknown): ContentError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return error as ContentError;
	}
	throw new Error('expected a ContentError');
}

describe('content errors name file, line and what is wrong', () => {
	it('duplicate checklist id', () => {
		const e = failure(() => parseFixture('dup-checklist-id.md'));
		expect(e.message).toBe('tests/fixtures/content/dup-checklist-id.md:8: duplicate checklist id "same" (first used at line 6)');
	});

	it('duplicate item id', () => {
		const e = failure(() => parseFixture('dup-item.md', { source: 'bundled' }));
		expect(e.message).toBe(
			'tests/fixtures/content/dup-item.md:6: duplicate item id "dup-item/list/same-text" (first used at line 4)'
		);
	});

	it('unknown checklist named in frontmatter', () => {
		const e = failure(() => parseFixture('unknown-checklist.md'));
		expect(e.message).toBe(
			'tests/fixtures/content/unknown-checklist.md:6: unknown checklist "Missing List": no task list has that title'
		);
	});

	it('unknown item named in frontmatter', () => {
		const e = failure(() => parseFixture('unknown-item.md'));
		expect(e.message).toBe('tests/fixtures/content/unknown-item.md:8: unknown item "Three" in checklist "Real List"');
	});

	it('invalid frontmatter value', () => {
		const e = failure(() => parseFixture('invalid-frontmatter.md'));
		expect(e.file).toBe('tests/fixtures/content/invalid-frontmatter.md');
		expect(e.line).toBe(8);
		expect(e.message).toMatch(/^tests\/fixtures\/content\/invalid-frontmatter\.md:8: invalid frontmatter: checklists\[0\]\.items\[0\]\.priority: expected one of "P0", "P1", "P2"$/);
	});

	it('invalid YAML', () => {
		const e = failure(() => parseFixture('bad-yaml.md'));
		expect(e.message).toMatch(/^tests\/fixtures\/content\/bad-yaml\.md:\d+: invalid frontmatter YAML: /);
		expect(e.line).toBeGreaterThanOrEqual(3);
	});

	it('unknown frontmatter key', () => {
		const e = failure(() => parseText('---\ntitle: T\nsummary: S\ntier1: [x]\n---\n# T\n', 'extra-key.md'));
		expect(e.message).toBe('tests/fixtures/content/extra-key.md:2: invalid frontmatter: (root): unknown key(s) tier1');
	});

	it('bundled content must have frontmatter', () => {
		const e = failure(() => parseFixture('no-frontmatter.md', { requireFrontmatter: true }));
		expect(e.message).toBe('tests/fixtures/content/no-frontmatter.md:1: missing frontmatter (title, summary)');
	});

	it('unknown item in the 5-second rule and unknown default', () => {
		const base = '---\ntitle: T\nsummary: S\n';
		const body = '---\n# T\n\n## L\n- [ ] One\n';
		const q = failure(() =>
			parseText(`${base}fiveSecondRule:\n  - { question: Q?, leadsTo: X, item: l/nope }\n${body}`, 'q.md')
		);
		expect(q.message).toBe('tests/fixtures/content/q.md:5: unknown item "l/nope" (expected checklist-id/item-key)');
		const d = failure(() => parseText(`${base}defaults:\n  author: [l, nope]\n${body}`, 'd.md'));
		expect(d.message).toBe('tests/fixtures/content/d.md:5: unknown checklist "nope" in defaults.author');
	});
});
