// @vitest-environment jsdom
/**
 * A custom standard is parsed once: when added (or on its first load after a
 * restore or a parser change), and every page reads the stored result.
 * jsdom: the browser's DOMPurify (parse-custom) needs a window.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addStandard } from '$lib/app/custom/add-standard';
import { readCustomStandard } from '$lib/app/custom/read-custom-standard';
import { loadCustomSummaries } from '$lib/custom/all-standards';
import { deadline, parseCustomStandard, parseForStorage } from '$lib/custom/parse-custom';
import { PARSER_VERSION } from '$lib/custom/stored-parse';
import { getDb } from '$lib/db/database';
import { readAllForBackup } from '$lib/db/backup-repo';
import { getCustomStandard } from '$lib/db/custom-standards-read';
import type { CustomStandardRow, StoredParse } from '$lib/review/stored-rows';
import { T1 } from '../../fixtures/backups';

const MD = '# Ours\n\n## Release\n\n- [ ] Changelog updated\n- [ ] Version bumped\n';
const row = (slug: string, extra: Partial<CustomStandardRow> = {}): CustomStandardRow => ({ slug, title: 'Ours', markdown: MD, createdAt: T1, updatedAt: T1, ...extra });

/** A stored result that the markdown could never produce: seeing it proves the page used the store, not the parser. */
function markedParse(slug: string): StoredParse {
	const parsed = parseForStorage({ slug, markdown: MD });
	if ('error' in parsed) throw new Error(parsed.error);
	const [list] = parsed.summary.checklists;
	if (!list) throw new Error('no checklist');
	return { ...parsed, summary: { ...parsed.summary, checklists: [{ ...list, title: 'FROM THE STORE' }] }, html: '<p>stored html</p>' };
}

beforeEach(async () => {
	await getDb().customStandards.clear();
});

describe('adding a custom standard', () => {
	it('stores the parsed result, made for the slug it is stored under', async () => {
		const outcome = await addStandard('Team rules', MD);
		expect(outcome.ok).toBe(true);
		const stored = await getCustomStandard('custom-team-rules');
		expect(stored?.parsed).toMatchObject({ parser: PARSER_VERSION, summary: { slug: 'custom-team-rules', checklists: [{ title: 'Release' }] } });
		const items = stored?.parsed && 'summary' in stored.parsed ? stored.parsed.summary.checklists.flatMap((c) => c.items) : [];
		expect(items.map((i) => i.text)).toEqual(['Changelog updated', 'Version bumped']);
		expect(items.every((i) => i.id.startsWith('custom-team-rules/'))).toBe(true);
		expect(stored?.parsed && 'html' in stored.parsed ? stored.parsed.html : '').toContain('Changelog updated');
	});

	it('takes the title from the document when none is given', async () => {
		const outcome = await addStandard('', MD);
		expect(outcome).toMatchObject({ ok: true, row: { slug: 'custom-ours', title: 'Ours', parsed: { summary: { slug: 'custom-ours' } } } });
	});

	it('refuses a standard without a checklist, saying what to add, and stores nothing', async () => {
		const outcome = await addStandard('Prose', '# Prose\n\nNo lists here.\n');
		expect(outcome).toEqual({ ok: false, message: expect.stringContaining('add at least one task list') });
		expect(await getDb().customStandards.count()).toBe(0);
	});
});

describe('pages read the stored result', () => {
	it('review pages (the catalog) use the stored result without parsing', async () => {
		await getDb().customStandards.put(row('custom-ours', { parsed: markedParse('custom-ours') }));
		const [summary] = await loadCustomSummaries();
		expect(summary?.checklists.map((c) => c.title)).toEqual(['FROM THE STORE']);
		expect((await readCustomStandard('custom-ours')).kind === 'ok' && (await readCustomStandard('custom-ours'))).toMatchObject({ standard: { html: '<p>stored html</p>', title: 'Ours' } });
	});

	it('a renamed standard shows its new title from the same stored result', async () => {
		await getDb().customStandards.put(row('custom-ours', { title: 'Renamed', parsed: markedParse('custom-ours') }));
		expect((await loadCustomSummaries())[0]?.title).toBe('Renamed');
	});

	it('a row without a stored result (older database) is parsed once, and the result stored', async () => {
		await getDb().customStandards.put(row('custom-ours'));
		const [first] = await loadCustomSummaries();
		expect(first?.checklists.map((c) => c.title)).toEqual(['Release']);
		const stored = await getCustomStandard('custom-ours');
		expect(stored?.parsed?.parser).toBe(PARSER_VERSION);
		// Replace the stored result with a marked one: the next load uses it, so it did not parse again.
		await getDb().customStandards.update('custom-ours', { parsed: markedParse('custom-ours') });
		expect((await loadCustomSummaries())[0]?.checklists.map((c) => c.title)).toEqual(['FROM THE STORE']);
	});

	it('a result from an older parser version is parsed again', async () => {
		await getDb().customStandards.put(row('custom-ours', { parsed: { ...markedParse('custom-ours'), parser: PARSER_VERSION - 1 } }));
		expect((await loadCustomSummaries())[0]?.checklists.map((c) => c.title)).toEqual(['Release']);
		expect((await getCustomStandard('custom-ours'))?.parsed?.parser).toBe(PARSER_VERSION);
	});

	it('a standard that cannot be read keeps its message (not parsed on every page) and hides only itself', async () => {
		const broken = '---\ntitle: [unclosed\n---\n# Broken\n\n- [ ] x\n';
		await getDb().customStandards.bulkPut([row('custom-broken', { markdown: broken }), row('custom-ours')]);
		expect((await loadCustomSummaries()).map((s) => s.slug)).toEqual(['custom-ours']);
		expect((await getCustomStandard('custom-broken'))?.parsed).toMatchObject({ parser: PARSER_VERSION, error: expect.stringMatching(/^Line \d+:/) });
		expect(await readCustomStandard('custom-broken')).toEqual({ kind: 'error', message: expect.stringMatching(/^This standard could not be read\. Line \d+:/) });
	});
});

describe('backups carry markdown, never HTML to trust', () => {
	it('a restored row (no stored result: the restore drops it) is rendered from its markdown', async () => {
		// What a restore leaves: see tests/unit/db/backup-repo.test.ts, "a forged parsed result in a backup is dropped".
		await getDb().customStandards.put(row('custom-ours'));
		const view = await readCustomStandard('custom-ours');
		expect(view.kind === 'ok' ? view.standard.html : '').toContain('Changelog updated');
	});

	it('a backup holds the markdown only, not the stored result', async () => {
		await addStandard('Team rules', MD);
		const rows = await readAllForBackup();
		expect(rows.customStandards).toEqual([expect.objectContaining({ slug: 'custom-team-rules', markdown: MD })]);
		expect(rows.customStandards[0]).not.toHaveProperty('parsed');
	});
});

describe('the time limit', () => {
	it('says how long it took, where it stopped and what to do', () => {
		let clock = 0;
		const check = deadline(5_000, () => clock);
		clock = 4_000;
		expect(() => check('markdown')).not.toThrow();
		clock = 5_001;
		expect(() => check('sanitizing')).toThrow(
			'It took more than 5 seconds to read (stopped at: sanitizing). Split it into smaller standards, or use less raw HTML and fewer checklist items.'
		);
	});

	it('stops a parse that runs over its budget with that message, and storing it stores nothing but the message', () => {
		expect(parseCustomStandard({ slug: 'custom-ours', markdown: MD }, -1)).toEqual({ ok: false, message: expect.stringContaining('(stopped at: frontmatter)') });
		expect(parseForStorage({ slug: 'custom-ours', markdown: MD }, -1)).toEqual({ parser: PARSER_VERSION, error: expect.stringContaining('took more than') });
	});

	it('the complexity limit refuses before parsing, saying the limit and what to do', async () => {
		const tags = '<b>x</b> '.repeat(1_001);
		expect(await addStandard('Tags', `# Tags\n\n${tags}\n\n- [ ] a\n`)).toEqual({ ok: false, message: expect.stringMatching(/2,002 HTML tags; the limit is 2,000\. Write it in plain markdown/) });
	});
});
