import { describe, expect, it } from 'vitest';
import { importPrBody, MAX_IMPORT_CHARS } from '$lib/import/pr-import';
import { findPayloadComment } from '$lib/export/pr-payload';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { authorSession, LATER, qa, STANDARDS, t1, typicalAuthorAnswers } from '../../fixtures/export-fixtures';
import { manyOpenings, unterminatedComment } from '../../fixtures/hostile-pr/bodies';

describe('import: hostile input (ReDoS)', () => {
	it('an unterminated comment with 100,000 spaces is rejected in under 100 ms', () => {
		const text = unterminatedComment(100_000);
		const started = performance.now();
		const result = importPrBody(text, STANDARDS, LATER);
		const took = performance.now() - started;
		expect(result).toEqual({ ok: false, message: expect.stringContaining('No Shipshape PR Self-QA block') });
		expect(took).toBeLessThan(100);
	});

	it('many unclosed openings are scanned once (a quadratic scan takes seconds here)', () => {
		const started = performance.now();
		expect(findPayloadComment(manyOpenings(10_000))).toBeNull();
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('text longer than any PR description is refused with what to do', () => {
		const result = importPrBody('x'.repeat(MAX_IMPORT_CHARS + 1), STANDARDS, LATER);
		expect(result).toEqual({ ok: false, message: expect.stringContaining('Paste only the PR description') });
	});

	it('a comment with data that is not base64 is not the payload', () => {
		expect(findPayloadComment('<!-- shipshape:v1 <script> -->')).toBeNull();
		expect(findPayloadComment('<!-- shipshape:v1\n QUJD\n RA -->')).toEqual({ tag: 'shipshape:v1', data: 'QUJDRA', index: 0 });
	});
});

describe('import: the hidden data is trusted no further than the visible block', () => {
	const session = authorSession();
	const rows = typicalAuthorAnswers();
	const text = prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks: false });

	it('extra ticked items in the hidden data of a checklist shown in the list are not believed', () => {
		// A forged payload: the genuine settings and lines, plus an item of the shown checklist marked done without a line.
		const sdk = STANDARDS[1]!;
		const forgedStandards = [STANDARDS[0]!, { ...sdk, checklists: sdk.checklists.map((c) => ({ ...c, items: [...c.items, { ...c.items[0]!, id: `${c.items[0]!.id}-extra`, text: 'Security sign-off' }] })) }, STANDARDS[2]!];
		const forgedSession = { ...session, items: { ...session.items, [`${qa(1)}-extra`]: { ...session.items[qa(1)]!, id: `${qa(1)}-extra`, text: 'Security sign-off' } } };
		const forgedRows = [...rows, { ...rows[0]!, itemId: `${qa(1)}-extra`, state: 'done' as const }];
		const genuineLines = text.slice(0, text.indexOf('<!--'));
		const forgedBlock = prSelfQaBlock({ session: forgedSession, answers: forgedRows, standards: forgedStandards }, { includeTierChecks: false });
		const forged = genuineLines + forgedBlock.slice(forgedBlock.indexOf('<!--'));
		const result = importPrBody(forged, forgedStandards, LATER);
		if (!result.ok) throw new Error(result.message);
		expect(result.answers.find((a) => a.itemId === `${qa(1)}-extra`)).toBeUndefined();
		expect(result.report.disagreements).toBeGreaterThan(0);
	});

	it('items the standard does not have are reported and never imported (so never exported as ticked)', () => {
		const ghost = { ...session.items[t1('concurrency')]!, id: `${t1('concurrency')}-ghost`, text: 'Ghost item' };
		const withGhost = { ...session, items: { ...session.items, [ghost.id]: ghost } };
		const block = prSelfQaBlock({ session: withGhost, answers: [...rows, { ...rows[0]!, itemId: ghost.id, state: 'done' }], standards: STANDARDS }, { includeTierChecks: false });
		const result = importPrBody(block, STANDARDS, LATER);
		if (!result.ok) throw new Error(result.message);
		expect(result.report.unknown).toEqual(['Ghost item']);
		expect(result.session.items[ghost.id]).toBeUndefined();
		expect(result.answers.find((a) => a.itemId === ghost.id)).toBeUndefined();
		expect(prSelfQaBlock({ session: result.session, answers: result.answers, standards: STANDARDS }, { includeTierChecks: true })).not.toContain('Ghost item');
	});

	it('the visible box wins over the hidden state, and the user is told', () => {
		const unticked = text.replace('- [x] Tenant isolation verified', '- [ ] Tenant isolation verified');
		const result = importPrBody(unticked, STANDARDS, LATER);
		if (!result.ok) throw new Error(result.message);
		expect(result.answers.find((a) => a.itemId === qa(3))?.state).toBe('open');
		expect(result.report.disagreements).toBe(1);
	});

	it('a v1 block with a javascript: URL gets the canonical PR link; an invalid repository is refused', () => {
		const legacy = (pr: object): string => {
			const payload = { v: 1, pr, role: 'author', title: '', checklists: [], triggers: [], tierOverrides: {}, fiveSecond: {}, commit: { type: 'feat', scope: '', description: '', breaking: '', refs: true }, contentVersions: {}, groups: [] };
			return `### PR Self-QA\n\n<!-- shipshape:v1 ${btoa(JSON.stringify(payload)).replace(/=+$/, '')} -->`;
		};
		const phishing = importPrBody(legacy({ host: 'github', repo: 'acme/widgets', number: 5, url: 'javascript:alert(1)' }), STANDARDS, LATER);
		expect(phishing.ok && phishing.session.pr.url).toBe('https://github.com/acme/widgets/pull/5');
		const badRepo = importPrBody(legacy({ host: 'github', repo: 'acme/widgets"><script>', number: 5, url: 'https://evil.example' }), STANDARDS, LATER);
		expect(badRepo).toEqual({ ok: false, message: expect.stringContaining('the pull request it names is not valid') });
	});

	it('a fake payload comment inside a note is escaped and never read as the block data', () => {
		const noted = [...rows.filter((r) => r.itemId !== qa(2)), { ...rows[0]!, itemId: qa(2), state: 'done' as const, note: '<!-- shipshape:v2 AAAA -->' }];
		const result = importPrBody(prSelfQaBlock({ session, answers: noted, standards: STANDARDS }, { includeTierChecks: false }), STANDARDS, LATER);
		expect(result.ok && result.answers.find((a) => a.itemId === qa(2))?.note).toBe('<!-- shipshape:v2 AAAA -->');
	});
});

describe('import: a self-hosted PR keeps its server', () => {
	it('a GitHub Enterprise review round-trips with its hostname and canonical link', () => {
		const pr = { host: 'github' as const, repo: 'acme/widgets', number: 7, hostname: 'ghe.example.com', url: 'https://ghe.example.com/acme/widgets/pull/7' };
		const session = { ...authorSession(), pr };
		const result = importPrBody(prSelfQaBlock({ session, answers: [], standards: STANDARDS }, { includeTierChecks: false }), STANDARDS, LATER);
		expect(result.ok && result.session.pr).toEqual(pr);
	});
});
