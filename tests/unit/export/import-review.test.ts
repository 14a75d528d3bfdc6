// First: Dexie reads the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importReview } from '$lib/app/import/import-review';
import { getAnswers } from '$lib/db/answers-repo';
import { getSession, getSessionByPr } from '$lib/db/sessions-repo';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { authorSession, LATER, NOW, qa, STANDARDS, typicalAuthorAnswers } from '../../fixtures/export-fixtures';
import { noteAndReason } from '$lib/review/na';

const body = (block: string) => `## Summary\n\nSomething.\n\n${block}\n\nThanks!`;

describe('importReview', () => {
	it('creates the review, then changes nothing on a second import, then only what differs', async () => {
		const session = authorSession({ pr: { host: 'github', repo: 'acme/import', number: 9, url: 'https://github.com/acme/import/pull/9' }, prKey: 'github:acme/import#9|author' });
		const rows = typicalAuthorAnswers(session.id);
		const block = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: false });

		const created = await importReview(body(block), STANDARDS, NOW, 'imported-1');
		expect(created).toMatchObject({ kind: 'created', answers: rows.filter((a) => a.state !== 'open' || a.note || a.answer).length });
		const stored = (await getAnswers('imported-1')).filter((a) => a.state !== 'open' || a.note || a.answer);
		const given = rows.filter((a) => a.state !== 'open' || a.note || a.answer);
		const texts = (a: (typeof rows)[number]) => [a.itemId, a.state, ...Object.values(noteAndReason(a)), a.answer];
		expect(stored.map(texts).sort()).toEqual(given.map(texts).sort());
		expect((await getSession('imported-1'))?.commit).toEqual(session.commit);

		expect(await importReview(body(block), STANDARDS, LATER, 'imported-2')).toMatchObject({ kind: 'unchanged' });
		expect(await getSession('imported-2')).toBeUndefined();

		// Ticked on GitHub by hand: only that row changes.
		const edited = block.replace('- [ ] Tenant isolation verified', '- [x] Tenant isolation verified').replace('- [ ] Logs validated', '- [x] Logs validated');
		const tenant = rows.find((a) => a.itemId === qa(3));
		expect(tenant?.state).toBe('done');
		const updated = await importReview(body(edited), STANDARDS, LATER, 'imported-3');
		expect(updated).toMatchObject({ kind: 'updated', answers: 1 });
		const after = await getAnswers('imported-1');
		expect(after.find((a) => a.itemId === qa(4))?.state).toBe('done');
	});

	it('changes nothing when the text has no block or a damaged one', async () => {
		const none = await importReview('Just a description', STANDARDS, NOW, 'x-1');
		expect(none).toMatchObject({ kind: 'error' });
		const damaged = await importReview('<!-- shipshape:v1 eyJ2Ijox -->', STANDARDS, NOW, 'x-2');
		expect(damaged.kind).toBe('error');
		expect(await getSession('x-1')).toBeUndefined();
		expect(await getSession('x-2')).toBeUndefined();
		expect(await getSessionByPr({ host: 'github', repo: 'acme/none', number: 1 }, 'author')).toBeUndefined();
	});

	it('says which standard is missing and writes nothing', async () => {
		const session = authorSession({ pr: { host: 'github', repo: 'acme/missing', number: 3, url: 'https://github.com/acme/missing/pull/3' }, prKey: 'github:acme/missing#3|author' });
		const block = prSelfQaBlock({ session, answers: [], standards: STANDARDS }, { includeTierChecks: false });
		const result = await importReview(block, STANDARDS.slice(0, 1), NOW, 'm-1');
		expect(result.kind).toBe('error');
		if (result.kind === 'error') expect(result.message).toMatch(/sdk-developer-guidelines/);
		expect(await getSession('m-1')).toBeUndefined();
	});
});
