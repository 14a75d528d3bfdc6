import { describe, expect, it } from 'vitest';
import { evaluateGate } from '$lib/gate/evaluate';
import type { GateResult } from '$lib/gate/types';
import { NOW, standards } from '../../fixtures/gate-bodies';

function judged(body: string, requireChecklist = false): GateResult {
	const outcome = evaluateGate(body, {
		standards: standards(),
		changedFiles: [],
		requiredRoles: [],
		requiredChecklists: [],
		allowMissing: false,
		anyChecklist: true,
		requireChecklist,
		labels: [],
		now: NOW
	});
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.result;
}

describe('--any-checklist (as mheap/require-checklist-action)', () => {
	it('passes when every task item is ticked, at any depth', () => {
		const r = judged('## Checklist\n- [x] Tests\n-  [X]  Docs\n  - [x] Nested item\n');
		expect(r).toMatchObject({ pass: true, mode: 'any-checklist', counts: { total: 3, done: 3, open: 0 } });
	});

	it('ignores task items inside an HTML comment (a PR template’s instructions)', () => {
		const r = judged('<!--\nDelete what does not apply:\n- [ ] Example item\n-->\n- [x] Tests\n');
		expect(r).toMatchObject({ pass: true, counts: { total: 1 } });
	});

	it('fails and names every open item with its line', () => {
		const r = judged('Intro\n- [x] Tests\n- [ ] Docs updated\n  - [ ] Changelog\n');
		expect(r.pass).toBe(false);
		expect(r.findings.map((f) => f.message)).toEqual([
			'Line 3: "Docs updated" is not ticked. Tick it, or strike it through (~~like this~~) if it does not apply.',
			'Line 4: "Changelog" is not ticked. Tick it, or strike it through (~~like this~~) if it does not apply.'
		]);
	});

	it('skips struck items, single or double tilde', () => {
		const r = judged('- [x] Tests\n- [ ] ~~Migration notes~~\n- [ ] ~Screenshots~\n');
		expect(r).toMatchObject({ pass: true, counts: { total: 1, na: 2 } });
	});

	it('reads CRLF bodies as LF ones', () => {
		const lf = '- [x] Tests\n- [ ] Docs\n- [ ] ~~Skip~~\n';
		expect(judged(lf.replace(/\n/g, '\r\n'))).toEqual(judged(lf));
		expect(judged('- [x] Tests\r\n- [x] Docs\r\n').pass).toBe(true);
	});

	it('passes a body without a task list unless a checklist is required (struck items are no checklist)', () => {
		expect(judged('No list here.').pass).toBe(true);
		const r = judged('No list here.', true);
		expect(r.pass).toBe(false);
		expect(r.findings[0]?.rule).toBe('no-checklist');
		expect(judged('- [ ] ~~only struck~~', true).findings.map((f) => f.rule)).toEqual(['no-checklist']);
		expect(judged('- [x] one', true).pass).toBe(true);
	});

	it('does not count look-alikes that are not task items', () => {
		expect(judged('-[ ] no space\n- [] empty\n`- [ ]` in code\n- [ ]').counts.total).toBe(0);
	});
});
