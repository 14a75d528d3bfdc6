/**
 * The job summary (`GITHUB_STEP_SUMMARY`): the verdict, the counts and a
 * table of what is open. Cell text is escaped so an item's own `|` or `<`
 * cannot break the table or inject HTML.
 */
import { countsLine } from './report-text';
import type { Finding, GateResult } from './types';

const STATE: Record<string, string> = { open: 'open', done: 'done', na: 'N/A', fail: 'failed' };

const cell = (s: string): string =>
	s
		.replace(/[\r\n]+/g, ' ')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\|/g, '\\|');

function row(f: Finding): string {
	const i = f.item;
	if (!i) return `| — | — | — | ${cell(f.message)} |`;
	return `| ${cell(i.text)} | ${cell(i.checklist)} | ${i.priority ?? ''} | ${STATE[i.state] ?? i.state}: ${cell(f.detail ?? f.message)} |`;
}

export function markdownSummary(r: GateResult): string {
	const title = r.pass ? '## ✅ Shipshape gate passed' : '## ❌ Shipshape gate failed';
	const counts = countsLine(r);
	const out = [title, '', `Checked: ${cell(r.subject)}.${counts ? ` ${counts}.` : ''}`, ''];
	const problems = r.findings.filter((f) => f.level !== 'notice');
	if (problems.length) {
		out.push(r.pass ? '### Warnings' : '### What is open', '', '| Item | Checklist | Priority | What to do |', '|---|---|---|---|', ...problems.map(row), '');
	}
	for (const f of r.findings.filter((x) => x.level === 'notice')) out.push(`> ${cell(f.message)}`, '');
	return out.join('\n');
}
