import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Standard } from '$lib/content/schema';
import { bundledStandard, bundledStandards, bundledSummaries } from '$lib/server/standards';

const dir = new URL('../../../content/standards/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
const raw = (file: string): string => readFileSync(new URL(file, dir), 'utf8');
const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/;

function standard(slug: string): Standard {
	const found = bundledStandard(slug);
	if (!found) throw new Error(`missing ${slug}`);
	return found;
}

describe('bundled standards', () => {
	it('are the five seeds, production-code-checklist first', () => {
		expect(files).toHaveLength(5);
		const slugs = bundledStandards().map((s) => s.slug);
		expect(slugs).toHaveLength(5);
		expect(slugs[0]).toBe('production-code-checklist');
		expect(new Set(slugs)).toEqual(new Set(files.map((f) => f.replace(/\.md$/, ''))));
	});

	it('turn every task line of the source into an item, item for item', () => {
		for (const file of files) {
			const lines = raw(file).split('\n');
			const expected = lines.flatMap((line, i) => {
				const m = TASK.exec(line);
				return m ? [{ line: i + 1, checked: m[1] !== ' ' }] : [];
			});
			const s = standard(file.replace(/\.md$/, ''));
			const items = s.checklists.flatMap((c) => c.items.map((item) => ({ line: item.line, kind: c.kind })));
			expect(items.map((i) => i.line), file).toEqual(expected.map((e) => e.line));
			expect(expected.length, file).toBeGreaterThan(0);
		}
	});

	it('have no mojibake left', () => {
		for (const file of files) {
			const text = raw(file);
			for (const bad of ['â€', 'ðŸ', '‚Ä', 'Ã', 'â†', '\uFFFD']) expect(text.includes(bad), `${file}: ${bad}`).toBe(false);
		}
		expect(raw('production-code-checklist.md')).toContain('## ❓ Questions This Answers');
		expect(raw('production-code-checklist.md')).toContain('## 🔍 When to Query This Standard');
		expect(raw('production-code-checklist.md')).toContain('## 🔗 Related Standards');
		expect(raw('production-reliability-checklist.md')).toContain('⚠️ Missing');
	});

	it('have the three tier lists with 5/3/3 labelled items', () => {
		const s = standard('production-code-checklist');
		expect(s.tiers.map((t) => [t.tier, t.checklistIds])).toEqual([
			[1, ['tier-1']],
			[2, ['tier-2']],
			[3, ['tier-3']]
		]);
		const counts = s.tiers.map((t) => s.checklists.find((c) => c.id === t.checklistIds[0])?.items ?? []);
		expect(counts.map((items) => items.length)).toEqual([5, 3, 3]);
		for (const item of counts.flat()) {
			expect(item.label, item.text).toBeTruthy();
			expect(item.suggestions?.length, item.text).toBeGreaterThan(0);
		}
		expect(counts[0]?.map((i) => i.label)).toEqual(['Concurrency', 'Dependencies', 'Failure Modes', 'Resources', 'Tests']);
		expect(s.tiers[0]?.triggers).toEqual([]);
		expect(s.tiers[1]?.triggers).toHaveLength(5);
		expect(s.tiers[2]?.triggers).toHaveLength(4);
	});

	it('have the 5-second rule pointing at existing Tier 1 items', () => {
		const s = standard('production-code-checklist');
		const tier1 = s.checklists.find((c) => c.id === 'tier-1')?.items.map((i) => i.id) ?? [];
		expect(s.fiveSecondRule.map((q) => q.question)).toEqual([
			'Shared state?',
			'Dependency?',
			'How does this fail?',
			'Resources?',
			'Tests?'
		]);
		expect(s.fiveSecondRule.map((q) => q.itemId)).toEqual(tier1);
		expect(s.fiveSecondRule.map((q) => q.answerWhenNo)).toEqual(['No shared state', 'No changes', 'N/A', 'N/A', undefined]);
	});

	it('give every reliability review item a priority, at least five P0', () => {
		const s = standard('production-reliability-checklist');
		const review = s.checklists.filter((c) => c.kind === 'review');
		expect(review).toHaveLength(8);
		const items = review.flatMap((c) => c.items);
		expect(items.every((i) => i.priority)).toBe(true);
		const p0 = items.filter((i) => i.priority === 'P0').map((i) => i.text.split('?')[0]);
		expect(p0.length).toBeGreaterThanOrEqual(5);
		for (const must of ['Timeout configured', 'Idempotent', 'Validated at boundaries', 'Errors logged', 'Health check endpoint']) {
			expect(p0).toContain(must);
		}
		expect(s.checklists.filter((c) => c.kind === 'status')).toHaveLength(2);
	});

	it('resolve the defaults per role', () => {
		const ids = (slug: string, role: 'author' | 'reviewer') => standard(slug).defaults[role];
		expect(ids('production-code-checklist', 'author')).toEqual(['tier-1', 'tier-2', 'tier-3']);
		expect(ids('sdk-developer-guidelines', 'author')).toEqual(['pr-self-qa-checklist']);
		expect(ids('production-reliability-checklist', 'reviewer')).toHaveLength(8);
		expect(ids('production-code-quality-standards', 'reviewer')).toEqual(['security', 'performance', 'quality', 'maintainability']);
		for (const s of bundledStandards()) {
			for (const id of [...s.defaults.author, ...s.defaults.reviewer]) {
				const list = s.checklists.find((c) => c.id === id);
				expect(list?.kind, `${s.slug}/${id}`).toBe('review');
			}
		}
	});

	it('keep every section anchor through sanitizing, and ids unique across standards', () => {
		const all = bundledStandards().flatMap((s) => s.checklists.flatMap((c) => c.items.map((i) => i.id)));
		expect(new Set(all).size).toBe(all.length);
		for (const s of bundledStandards()) {
			for (const section of s.sections) expect(s.html, `${s.slug}#${section.id}`).toContain(` id="${section.id}"`);
			const detail = new Set(s.sections.map((x) => x.id));
			for (const c of s.checklists) for (const i of c.items) expect(detail.has(i.detailSectionId), i.id).toBe(true);
		}
	});

	it('summaries leave out html and search', () => {
		const [first] = bundledSummaries();
		expect(first).toBeDefined();
		expect(first && 'html' in first).toBe(false);
		expect(first && 'search' in first).toBe(false);
	});
});
