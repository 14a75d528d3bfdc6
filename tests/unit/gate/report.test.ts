import { describe, expect, it } from 'vitest';
import { markdownSummary } from '$lib/gate/report-markdown';
import { annotations, textReport } from '$lib/gate/report-text';
import type { GateResult } from '$lib/gate/types';

const result: GateResult = {
	pass: false,
	mode: 'shipshape',
	subject: 'author review of acme/api#42',
	counts: { total: 3, done: 1, na: 0, fail: 1, open: 1 },
	findings: [
		{
			level: 'error',
			rule: 'open-item',
			message: '"Cache | <img src=x onerror=alert(1)>" (Tier 1) is open: tick it.',
			detail: 'is open: tick it.',
			item: { id: 'a', text: 'Cache | <img src=x onerror=alert(1)>', checklist: 'Tier 1', state: 'open', priority: 'P0' }
		},
		{ level: 'warning', rule: 'failed-item', message: 'Line\nbreak 100%', detail: 'failed.', item: { id: 'b', text: 'B', checklist: 'Tier 1', state: 'fail' } },
		{ level: 'error', rule: 'tier-not-answered', message: 'Tier 2: `db/x.py` matches `**/db/**`' }
	]
};

describe('gate reports', () => {
	it('markdown summary: a table whose cells cannot break out', () => {
		const md = markdownSummary(result);
		expect(md).toContain('## ❌ Shipshape gate failed');
		expect(md).toContain('Checked: author review of acme/api#42. 3 items: 1 done, 0 N/A, 1 failed, 1 open.');
		expect(md).toContain('| Cache \\| &lt;img src=x onerror=alert(1)&gt; | Tier 1 | P0 | open: is open: tick it. |');
		expect(md).toContain('| — | — | — | Tier 2: `db/x.py` matches `**/db/**` |');
		expect(md).not.toContain('<img');
	});

	it('annotations escape newlines and percent signs as the Actions toolkit does', () => {
		expect(annotations(result.findings.slice(1, 2))).toBe('::warning title=Shipshape gate::Line%0Abreak 100%25\n');
	});

	it('the text report counts problems (errors only)', () => {
		expect(textReport(result).split('\n')[0]).toBe('Shipshape gate: FAIL — author review of acme/api#42 (2 problems)');
	});
});
