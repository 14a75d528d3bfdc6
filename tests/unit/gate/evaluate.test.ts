import { describe, expect, it } from 'vitest';
import { evaluateGate, type GateOptions } from '$lib/gate/evaluate';
import type { GateResult } from '$lib/gate/types';
import { firstItem, NOW, PCC, PRC, prBody, reviewerSummaryText, standards } from '../../fixtures/gate-bodies';

const options = (extra: Partial<GateOptions> = {}): GateOptions => ({
	standards: standards(),
	changedFiles: [],
	requiredRoles: [],
	requiredChecklists: [],
	allowMissing: false,
	anyChecklist: false,
	requireChecklist: false,
	labels: [],
	now: NOW,
	...extra
});

function judged(body: string, extra: Partial<GateOptions> = {}): GateResult {
	const outcome = evaluateGate(body, options(extra));
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.result;
}

function badInput(body: string, extra: Partial<GateOptions> = {}): string {
	const outcome = evaluateGate(body, options(extra));
	if (outcome.ok) throw new Error('expected bad input');
	return outcome.message;
}

const rules = (r: GateResult): string[] => r.findings.filter((f) => f.level === 'error').map((f) => f.rule);

const T1 = `${PCC}/tier-1`;

describe('evaluateGate: a Shipshape block', () => {
	it('passes a finished block: every item ticked or N/A with a reason', () => {
		const na = firstItem({}, T1);
		const r = judged(prBody({ answers: { [na]: { state: 'na', note: 'No shared state' } } }));
		expect(r.pass).toBe(true);
		expect(r.findings).toEqual([]);
		expect(r.subject).toBe('author review of acme/api#42');
		expect(r.counts).toMatchObject({ total: 17, done: 16, na: 1, open: 0 });
	});

	it('fails a missing block, and passes it with allowMissing', () => {
		expect(rules(judged('Just a description.'))).toEqual(['missing-block']);
		const allowed = judged('Just a description.', { allowMissing: true });
		expect(allowed.pass).toBe(true);
		expect(allowed.findings[0]).toMatchObject({ level: 'notice', rule: 'missing-block' });
	});

	it('fails an open item of a required checklist and names it', () => {
		const open = firstItem({}, T1);
		const r = judged(prBody({ answers: { [open]: { state: 'open' } } }));
		expect(r.pass).toBe(false);
		expect(r.findings).toHaveLength(1);
		expect(r.findings[0]).toMatchObject({ rule: 'open-item', item: { id: open, checklist: 'Tier 1 - MANDATORY FOR ALL CODE', state: 'open' } });
		expect(r.findings[0]?.message).toContain('Shared state analysis (concurrency check)');
	});

	it('fails N/A without a reason', () => {
		const na = firstItem({}, T1);
		const r = judged(prBody({ answers: { [na]: { state: 'na', note: '' } } }));
		expect(rules(r)).toEqual(['na-without-reason']);
	});

	it('fails a failed P0 item and only warns about a failed P1/P2 item', () => {
		const spec = { role: 'reviewer' as const };
		const body = (state: 'fail', priority: string) => {
			const s = standards().find((x) => x.slug === PRC);
			const item = s?.checklists.flatMap((c) => c.items).find((i) => i.priority === priority);
			if (!item) throw new Error(priority);
			return prBody({ ...spec, answers: { [item.id]: { state, note: 'seen' } } });
		};
		const p0 = judged(body('fail', 'P0'));
		expect(rules(p0)).toEqual(['p0-failed']);
		expect(p0.findings[0]?.item?.priority).toBe('P0');
		const p2 = judged(body('fail', 'P2'));
		expect(p2.pass).toBe(true);
		expect(p2.findings.map((f) => [f.level, f.rule])).toEqual([['warning', 'failed-item']]);
	});

	it('fails a tier the changed files trigger when the review does not answer it, with the reason', () => {
		const r = judged(prBody(), { changedFiles: ['README.md', 'db/migrations/0042.py', 'db/migrations/0043.py'] });
		expect(rules(r)).toEqual(['tier-not-answered']);
		expect(r.findings[0]?.message).toContain('Tier 2: `db/migrations/0042.py` matches `**/migrations/**` (and 1 more file)');
	});

	it('passes the same change once the tier is on and answered', () => {
		const body = prBody({ tierOverrides: { [`${PCC}/2`]: true } });
		const r = judged(body, { changedFiles: ['db/migrations/0042.py'] });
		expect(r.pass).toBe(true);
		expect(r.counts.total).toBe(20);
	});

	it('counts the triggered tier items as open when the tier is on but unanswered', () => {
		const r = judged(prBody({ tierOverrides: { [`${PCC}/2`]: true }, all: 'done', answers: {} }).replace(/- \[x\] Datastore concurrency/, '- [ ] Datastore concurrency'), {
			changedFiles: ['db/migrations/0042.py']
		});
		expect(rules(r)).toEqual(['open-item']);
	});

	it('does not ask a reviewer review for the tiers of a standard it does not use', () => {
		const r = judged(prBody({ role: 'reviewer' }), { changedFiles: ['db/migrations/0042.py'] });
		expect(r.pass).toBe(true);
	});

	it('reports a line edited so it no longer reads as its item', () => {
		const body = prBody().replace('- [x] Tenant isolation verified', '- [x] Tenant isolation (checked by hand)');
		const r = judged(body);
		expect(rules(r)).toEqual(['unreadable-line']);
		expect(r.findings[0]?.message).toContain('Tenant isolation verified');
	});

	it('asks for an item the standard gained since the block was made (open, not an edited line)', () => {
		const grown = standards().map((s) =>
			s.slug !== PCC ? s : { ...s, checklists: s.checklists.map((c) => (c.id !== 'tier-1' ? c : { ...c, items: [...c.items, { ...c.items[0]!, id: `${PCC}/new-check`, text: 'A check added later' }] })) }
		);
		const r = judged(prBody(), { standards: grown });
		expect(r.findings.map((f) => [f.rule, f.item?.text])).toEqual([['open-item', 'A check added later']]);
	});

	it('fails required roles and checklists the block lacks', () => {
		const r = judged(prBody(), { requiredRoles: ['reviewer'], requiredChecklists: [`${PRC}/1-external-dependencies`] });
		expect(rules(r)).toEqual(['required-role', 'required-checklist']);
	});

	it('accepts a pasted review summary as the reviewer, and fails one that requests changes', () => {
		const p0 = standards().find((x) => x.slug === PRC)?.checklists.flatMap((c) => c.items).find((i) => i.priority === 'P0');
		const clear = `${prBody()}\n\n${reviewerSummaryText({ all: 'done' })}`;
		expect(judged(clear, { requiredRoles: ['author', 'reviewer'] }).pass).toBe(true);
		const blocking = `${prBody()}\n\n${reviewerSummaryText({ all: 'done', answers: { [p0?.id ?? '']: { state: 'fail' } } })}`;
		const r = judged(blocking);
		expect(rules(r)).toEqual(['review-verdict']);
		expect(r.findings[0]?.message).toMatch(/Verdict: Request changes — 1 blocking \(P0\) issue/);
	});

	it('reads CRLF bodies like LF ones', () => {
		const body = prBody({ answers: { [firstItem({}, T1)]: { state: 'open' } } });
		expect(judged(body.replace(/\n/g, '\r\n')).findings).toEqual(judged(body).findings);
	});

	it('skips the gate when the PR has the skip label', () => {
		const r = judged('no block', { labels: ['wip', 'skip-qa'], skipLabel: 'skip-qa' });
		expect(r).toMatchObject({ pass: true, mode: 'skipped' });
	});
});

describe('evaluateGate: input it cannot judge', () => {
	it('two blocks', () => {
		const body = `${prBody()}\n\n${prBody()}`;
		expect(badInput(body)).toMatch(/2 Shipshape blocks \(hidden comments on lines \d+, \d+\)\. Keep one/);
	});

	it('a tampered restore comment, with its line', () => {
		const body = prBody().replace(/(<!-- shipshape:v2 )(.{20})/, '$1AAAAAAAAAAAAAAAAAAAAAAAA');
		expect(badInput(body)).toMatch(/^Line \d+: A Shipshape block was found, but its data is/);
	});

	it('an unknown required checklist', () => {
		expect(badInput(prBody(), { requiredChecklists: ['nope/nothing'] })).toMatch(/Unknown required checklist\(s\): nope\/nothing\. Name them as <standard>\/<checklist>, one of: .*production-code-checklist\/tier-1/);
	});
});
