/**
 * `--any-checklist`: a drop-in for mheap/require-checklist-action on bodies
 * without a Shipshape block, following its rules: every `- [ ]` task item
 * must be ticked, at any depth; items whose text starts with `~` (struck:
 * `~x~`, `~~x~~`) are skipped and do not count as a checklist; task items
 * inside an HTML comment (a PR template's instructions) are ignored; with
 * `requireChecklist` a body without any task item fails. CRLF reads like LF.
 */
import { normalizeBody } from './body-blocks';
import type { Finding, GateResult } from './types';

const TASK = /^\s*-\s+\[([ xX])\]\s+(.*)$/;

interface Task {
	checked: boolean;
	text: string;
	line: number;
	struck: boolean;
}

function tasks(body: string): Task[] {
	const out: Task[] = [];
	let inComment = false;
	normalizeBody(body)
		.split('\n')
		.forEach((line, i) => {
			// Line by line, as the original: a comment opened on a line hides what follows it.
			if (line.includes('<!--')) inComment = true;
			if (line.includes('-->')) inComment = false;
			const m = inComment ? null : TASK.exec(line);
			if (!m) return;
			const text = (m[2] ?? '').trim();
			out.push({ checked: m[1] !== ' ', text, line: i + 1, struck: text.startsWith('~') });
		});
	return out;
}

export function anyChecklistResult(body: string, requireChecklist: boolean): GateResult {
	const all = tasks(body);
	const counted = all.filter((t) => !t.struck);
	const open = counted.filter((t) => !t.checked);
	const findings: Finding[] = open.map((t) => ({ level: 'error', rule: 'open-task', message: `Line ${t.line}: "${t.text}" is not ticked. Tick it, or strike it through (~~like this~~) if it does not apply.` }));
	if (counted.length === 0 && requireChecklist) {
		findings.push({ level: 'error', rule: 'no-checklist', message: 'The PR description has no task list, and a checklist is required. Add the team’s checklist (- [ ] items) to the description.' });
	}
	return {
		pass: findings.length === 0,
		mode: 'any-checklist',
		subject: 'the task list in the PR description',
		counts: { total: counted.length, done: counted.length - open.length, na: all.length - counted.length, fail: 0, open: open.length },
		findings
	};
}
