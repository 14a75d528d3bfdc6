/**
 * `--any-checklist`: a drop-in for mheap/require-checklist-action on bodies
 * without a Shipshape block. Every task item, at any depth, must be ticked;
 * struck items (`~x~`, `~~x~~`) are skipped; with `requireChecklist` a body
 * without any task list fails. CRLF reads like LF.
 */
import { normalizeBody } from './body-blocks';
import type { Finding, GateResult } from './types';

const TASK = /^\s*[-*+] \[([ xX])\] (.*)$/;
const STRUCK = /^~.*~$/;

interface Task {
	checked: boolean;
	text: string;
	line: number;
}

function tasks(body: string): Task[] {
	return normalizeBody(body)
		.split('\n')
		.flatMap((line, i): Task[] => {
			const m = TASK.exec(line);
			return m ? [{ checked: m[1] !== ' ', text: (m[2] ?? '').trim(), line: i + 1 }] : [];
		});
}

export function anyChecklistResult(body: string, requireChecklist: boolean): GateResult {
	const all = tasks(body);
	const counted = all.filter((t) => !STRUCK.test(t.text));
	const open = counted.filter((t) => !t.checked);
	const findings: Finding[] = open.map((t) => ({ level: 'error', rule: 'open-task', message: `Line ${t.line}: "${t.text}" is not ticked. Tick it, or strike it through (~~like this~~) if it does not apply.` }));
	if (all.length === 0 && requireChecklist) {
		findings.push({ level: 'error', rule: 'no-checklist', message: 'The PR description has no task list, and a checklist is required. Add the team’s checklist (- [ ] items) to the description.' });
	}
	const done = counted.length - open.length;
	return {
		pass: findings.length === 0,
		mode: 'any-checklist',
		subject: 'the task list in the PR description',
		counts: { total: counted.length, done, na: all.length - counted.length, fail: 0, open: open.length },
		findings
	};
}
