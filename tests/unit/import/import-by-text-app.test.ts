// First: Dexie reads the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyImport, prepareImport } from '$lib/app/import/import-review';
import { getAnswers } from '$lib/db/answers-repo';
import { getSession } from '$lib/db/sessions-repo';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { describeByText } from '$lib/import/by-text-words';
import type { PrRef } from '$lib/review/schema';
import { authorSession, LATER, NOW, qa, STANDARDS, typicalAuthorAnswers } from '../../fixtures/export-fixtures';

const PR: PrRef = { host: 'github', repo: 'acme/by-text', number: 5, url: 'https://github.com/acme/by-text/pull/5' };
const session = authorSession();
const stripped = prSelfQaBlock({ session, answers: typicalAuthorAnswers(), standards: STANDARDS }, { includeTierChecks: false }).replace(/\n<!-- shipshape:[^\n]*-->$/, '');
const body = `## Summary\n\n${stripped.replace('- [ ] No ignored errors', '- [x] Ignored errors: none')}\n`;

describe('prepareImport without the hidden data', () => {
	it('asks for the pull request first, writing nothing', async () => {
		expect(await prepareImport(body, STANDARDS, NOW, 'bt-0')).toEqual({ kind: 'needs-pr', lines: 12 });
		expect(await getSession('bt-0')).toBeUndefined();
	});

	it('previews a new review, then restores it; a second import into it changes nothing', async () => {
		const plan = await prepareImport(body, STANDARDS, NOW, 'bt-1', PR);
		expect(plan).toMatchObject({ kind: 'new', byText: { matched: 11, unmatched: [{ text: 'Ignored errors: none', reason: 'unknown' }] } });
		expect(await getSession('bt-1')).toBeUndefined();
		expect(await applyImport(plan, STANDARDS)).toMatchObject({ kind: 'created' });
		const rows = await getAnswers('bt-1');
		expect(rows.find((a) => a.itemId === qa(1))).toMatchObject({ state: 'done', note: 'Tested on staging with 3 tenants' });
		expect(rows.find((a) => a.itemId === qa(12))?.state).toBe('na');
		expect(rows.find((a) => a.itemId === qa(7))).toBeUndefined();
		expect((await getSession('bt-1'))?.pr.repo).toBe('acme/by-text');

		expect(await prepareImport(body, STANDARDS, LATER, 'bt-2', PR)).toMatchObject({ kind: 'unchanged', session: { id: 'bt-1' } });
	});

	it('updates the review the user has for that PR, keeping answers changed there unless told otherwise', async () => {
		const ticked = body.replace('- [ ] Cache keys tenant scoped', '- [x] Cache keys tenant scoped');
		const plan = await prepareImport(ticked, STANDARDS, LATER, 'bt-3', PR);
		expect(plan).toMatchObject({ kind: 'update', session: { id: 'bt-1' }, preview: { ticked: 1 } });
		expect(await applyImport(plan, STANDARDS)).toMatchObject({ kind: 'updated', answers: 1 });
		expect((await getAnswers('bt-1')).find((a) => a.itemId === qa(8))?.state).toBe('done');
	});
});

describe('describeByText', () => {
	it('says the match was by text, and why each line was left out', () => {
		const words = describeByText({ matched: 2, unmatched: [{ text: 'A', reason: 'ambiguous' }, { text: '', reason: 'repeated' }] }, true);
		expect(words.intro).toMatch(/hidden data was missing.*by their text: 2 lines matched.*less exact.*kept unless/);
		expect(words.unmatchedHeading).toBe('2 lines not matched, left out:');
		expect(words.unmatched).toEqual([
			{ text: 'A', why: expect.stringContaining('more than one checklist') },
			{ text: '(empty line)', why: expect.stringContaining('same item came earlier') }
		]);
		expect(describeByText({ matched: 1, unmatched: [] }, false).intro).not.toMatch(/kept unless/);
		expect(describeByText({ matched: 1, unmatched: [] }, false).more).toBe('');
		const many = describeByText({ matched: 1, unmatched: Array.from({ length: 250 }, (_, i) => ({ text: `L${i}`, reason: 'unknown' as const })) }, false);
		expect(many.unmatchedHeading).toBe('250 lines not matched, left out:');
		expect(many.unmatched).toHaveLength(100);
		expect(many.more).toBe('…and 150 more lines not matched.');
	});
});
