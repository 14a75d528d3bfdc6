import { describe, expect, it } from 'vitest';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { importPrBody, mergeImported } from '$lib/import/pr-import';
import type { Answer, Session } from '$lib/review/schema';
import { answers, authorSession, LATER, NOW, PCC, qa, reliability, STANDARDS, t1, t2, typicalAuthorAnswers } from '../../fixtures/export-fixtures';
import { noteAndReason } from '$lib/review/na';

type Ok = Extract<ReturnType<typeof importPrBody>, { ok: true }>;

function imported(text: string, existing?: { session: Session; answers: Answer[] }): Ok {
	const result = importPrBody(text, STANDARDS, LATER, { existing });
	if (!result.ok) throw new Error(result.message);
	return result;
}

const stateOf = (rows: Answer[], id: string): Answer | undefined => rows.find((a) => a.itemId === id);

function exportBlock(session: Session, rows: Answer[], includeTierChecks = true): string {
	return prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks });
}

describe('importPrBody: round trip', () => {
	const session = authorSession({ triggers: [`${PCC}/datastore`], fiveSecond: { 'shared-state': false }, commit: { type: 'fix', scope: 'pool', description: 'close on reload', breaking: 'reload closes', refs: true } });
	const rows = [
		...typicalAuthorAnswers(),
		...answers(session.id, {
			[qa(4)]: { state: 'open', note: '*todo*: check `tenant_id` | [x] <b>\n# not a heading\n\n- not a list' },
			[t2('datastore-concurrency')]: { state: 'done', answer: 'External locking\nvia advisory locks', note: '1. first\n2. second' }
		})
	];

	for (const includeTierChecks of [true, false]) {
		it(`export → import → export gives the same text (tier checks ${includeTierChecks ? 'in' : 'out'})`, () => {
			const text = exportBlock(session, rows, includeTierChecks);
			const back = imported(text);
			expect(exportBlock(back.session, back.answers, includeTierChecks)).toBe(text);
		});
	}

	it('restores the session settings, stored texts and answers', () => {
		const back = imported(exportBlock(session, rows));
		const { id, createdAt, updatedAt, status, ...rest } = back.session;
		const { id: _i, createdAt: _c, updatedAt: _u, status: _s, ...original } = session;
		expect(rest).toEqual(original);
		expect([id, createdAt, updatedAt, status]).toEqual(['github:honeyhive/python-sdk#123|author', LATER, LATER, 'in-progress']);
		for (const a of rows) {
			const got = stateOf(back.answers, a.itemId);
			// An N/A reason comes back as its own field (old rows kept it in the note): compare what they mean.
			const texts = (r: typeof got) => ({ state: r?.state, ...noteAndReason(r), answer: r?.answer });
			expect({ id: a.itemId, ...texts(got) }).toEqual({ id: a.itemId, ...texts(a) });
		}
	});

	it('finds the block in a whole PR description with Windows line endings and the comment further down', () => {
		const block = exportBlock(session, rows);
		const [list, comment] = block.split(/\n(?=<!-- shipshape)/);
		const body = `## Summary\r\nAdds a cache.\r\n\r\n${(list ?? '').replace(/\n/g, '\r\n')}\r\n## Notes\r\n- [ ] my own todo\r\nSee #12.\r\n\r\n${comment ?? ''}\r\n\r\nThanks!\r\n`;
		const back = imported(body);
		expect(exportBlock(back.session, back.answers)).toBe(block);
	});

	it('reads the boxes as edited on GitHub', () => {
		const edited = exportBlock(session, rows)
			.replace('- [ ] No ignored errors', '- [x] No ignored errors')
			.replace('- [x] Tenant isolation verified', '- [ ] Tenant isolation verified')
			.replace('- [ ] Timeouts configured — **Failed**', '- [X] Timeouts configured — **Failed**')
			.replace('- [x] ~~Documentation updated~~ — **N/A**', '- [ ] ~~Documentation updated~~ — **N/A**')
			.replace('- [ ] Type hints added', '- [x] Type hints added\n  > added on GitHub\n  plain indented line');
		const back = imported(edited);
		const pick = (id: string): [string, string] | undefined => {
			const a = stateOf(back.answers, id);
			return a && [a.state, a.state === 'na' ? noteAndReason(a).reason : a.note];
		};
		expect(pick(qa(7))).toEqual(['done', '']);
		expect(pick(qa(3))).toEqual(['open', '']);
		expect(pick(qa(9))).toEqual(['done', 'HTTP client still has no timeout']);
		expect(pick(qa(12))).toEqual(['open', '']);
		expect(pick(qa(11))).toEqual(['done', 'added on GitHub\nplain indented line']);
		expect(pick(qa(5))).toEqual(['na', 'No hot path touched']);
	});

	it('reads an edited answer but keeps the stored line breaks when only folded', () => {
		const text = exportBlock(session, rows);
		expect(stateOf(imported(text).answers, t2('datastore-concurrency'))?.answer).toBe('External locking\nvia advisory locks');
		const edited = text.replace('**Datastore Concurrency:** External locking via advisory locks', '**Datastore Concurrency:** Row locks');
		expect(stateOf(imported(edited).answers, t2('datastore-concurrency'))?.answer).toBe('Row locks');
	});

	it('keeps items the block does not show (tier checks left out) with their state', () => {
		const back = imported(exportBlock(session, rows, false));
		// The fixture's row is an old N/A row (reason in the note); it comes back with the reason in its own field.
		expect(stateOf(back.answers, t1('failure-modes'))).toMatchObject({ state: 'na', note: '', reason: 'pure function, nothing fails' });
		expect(stateOf(back.answers, t1('concurrency'))).toMatchObject({ state: 'done', answer: 'Thread-safe via RLock' });
	});
});

describe('importPrBody: merging into the existing session', () => {
	const session = authorSession();
	const rows = typicalAuthorAnswers();
	const text = exportBlock(session, rows);

	it('importing the same text twice changes nothing', () => {
		const first = imported(text, { session, answers: rows });
		expect(first.changed).toEqual({ session: null, answers: [] });
		const applied = imported(text);
		const again = imported(text, { session: applied.session, answers: applied.answers });
		expect(again.changed).toEqual({ session: null, answers: [] });
	});

	it('returns only the rows and fields that change', () => {
		const edited = text.replace('- [ ] No ignored errors', '- [x] No ignored errors');
		const stale = { ...session, triggers: [`${PCC}/async`] };
		const result = imported(edited, { session: stale, answers: rows });
		expect(result.changed?.answers.map((a) => [a.itemId, a.state, a.sessionId, a.updatedAt])).toEqual([[qa(7), 'done', session.id, LATER]]);
		expect(result.changed?.session).toMatchObject({ id: session.id, triggers: [], createdAt: NOW, updatedAt: LATER });
	});

	it('mergeImported treats a missing row as open', () => {
		const fresh = imported(exportBlock(session, []));
		expect(mergeImported(session, [], fresh)).toEqual({ session: null, answers: [] });
	});

	it('refuses a block for another PR', () => {
		const other = { ...session, prKey: 'github:x/y#1|author' };
		const result = importPrBody(text, STANDARDS, LATER, { existing: { session: other, answers: [] } });
		expect(result).toMatchObject({ ok: false });
		expect(!result.ok && result.message).toContain('honeyhive/python-sdk#123');
	});
});

describe('importPrBody: failures say what to do and change nothing', () => {
	const session = authorSession();
	const text = exportBlock(session, typicalAuthorAnswers());

	it('no block', () => {
		const result = importPrBody('## Summary\n\n- [x] something', STANDARDS, LATER);
		expect(result).toEqual({ ok: false, message: expect.stringContaining('No Shipshape PR Self-QA block was found') });
	});

	it('a garbled comment', () => {
		const garbled = text.replace(/(shipshape:v2 )(\S{40})/, (_m, tag: string, data: string) => `${tag}${data.split('').reverse().join('')}`);
		const result = importPrBody(garbled, STANDARDS, LATER);
		expect(result).toEqual({ ok: false, message: expect.stringContaining('A Shipshape block was found, but its data') });
		const truncated = text.replace(/(shipshape:v2 \S{100})\S+/, '$1');
		expect(importPrBody(truncated, STANDARDS, LATER).ok).toBe(false);
	});

	it('valid data of the wrong shape', () => {
		const wrong = `<!-- shipshape:v1 ${btoa(JSON.stringify({ v: 2, hello: 'world' })).replace(/=+$/, '')} -->`;
		expect(importPrBody(wrong, STANDARDS, LATER)).toEqual({ ok: false, message: expect.stringContaining('incomplete or from an unknown version') });
	});

	it('an unknown standard or checklist', () => {
		const withoutSdk = importPrBody(text, [STANDARDS[0]!, reliability], LATER);
		expect(withoutSdk).toEqual({ ok: false, message: expect.stringContaining('"sdk-developer-guidelines"') });
		const sdk = STANDARDS[1]!;
		const renamed = { ...sdk, checklists: sdk.checklists.map((c) => ({ ...c, id: 'renamed' })) };
		const noChecklist = importPrBody(text, [STANDARDS[0]!, renamed], LATER);
		expect(noChecklist).toEqual({ ok: false, message: expect.stringContaining('checklist "pr-self-qa-checklist"') });
	});
});

describe('importPrBody: the PR key', () => {
	it('is the key the new-review form makes, so a mixed-case repo does not start a second review', async () => {
		const { prKey } = await import('$lib/review/pr-ref');
		const session = authorSession();
		const mixed = { ...session, pr: { ...session.pr, repo: 'Acme/Widgets' } };
		const result = imported(exportBlock(mixed, typicalAuthorAnswers()));
		expect(result.session.prKey).toBe(prKey(mixed.pr, mixed.role));
		expect(result.session.prKey).toContain('acme/widgets');
	});
});
