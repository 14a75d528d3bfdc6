/**
 * The gate's verdict for people (a terminal, a CI log) and for machines
 * (`--json`). Pure: strings out.
 */
import type { Finding, GateResult, Level } from './types';

const MARK: Record<Level, string> = { error: '✖', warning: '!', notice: 'i' };

export function countsLine(r: GateResult): string {
	const c = r.counts;
	if (r.mode === 'any-checklist') return `${c.done} of ${c.total} task items ticked${c.na ? `, ${c.na} struck (skipped)` : ''}, ${c.open} open`;
	if (r.mode !== 'shipshape') return '';
	return `${c.total} items: ${c.done} done, ${c.na} N/A, ${c.fail} failed, ${c.open} open`;
}

export function textReport(r: GateResult): string {
	const errors = r.findings.filter((f) => f.level === 'error').length;
	const head = r.pass ? `Shipshape gate: PASS — ${r.subject}` : `Shipshape gate: FAIL — ${r.subject} (${errors} problem${errors === 1 ? '' : 's'})`;
	const counts = countsLine(r);
	const lines = [head, ...(counts ? [`  ${counts}`] : []), ...r.findings.map((f) => `  ${MARK[f.level]} ${f.message}`)];
	return lines.join('\n') + '\n';
}

export interface JsonReport extends GateResult {
	tool: 'shipshape-check';
	version: 1;
}

export function jsonReport(r: GateResult): string {
	const out: JsonReport = { tool: 'shipshape-check', version: 1, ...r };
	return JSON.stringify(out, null, 2) + '\n';
}

/** `::error::` workflow commands; data escaped as GitHub's toolkit does. */
export function annotations(findings: readonly Pick<Finding, 'level' | 'message'>[]): string {
	const escape = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	return findings.map((f) => `::${f.level} title=Shipshape gate::${escape(f.message)}\n`).join('');
}
