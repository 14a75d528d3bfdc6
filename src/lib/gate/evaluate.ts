/**
 * The PR gate: a PR body (and what the team requires) in, a verdict out.
 * Pure; the CLI and the Action only read files and print the result.
 */
import type { Role, StandardSummary } from '$lib/content/schema';
import { importPrBody } from '$lib/import/pr-import';
import { anyChecklistResult } from './any-checklist';
import { blockLines, reviewVerdict } from './body-blocks';
import { countItems, itemFindings } from './item-rules';
import { reviewItems } from './review-items';
import { checklistFindings, roleFindings, tierFindings } from './scope-rules';
import type { Finding, GateOutcome, GateResult } from './types';

export interface GateOptions {
	standards: readonly StandardSummary[];
	/** `git diff --name-only base...head`, one path each. */
	changedFiles: readonly string[];
	requiredRoles: readonly Role[];
	/** `${standardSlug}/${checklistId}`. */
	requiredChecklists: readonly string[];
	allowMissing: boolean;
	anyChecklist: boolean;
	requireChecklist: boolean;
	/** The PR's labels, and the one that skips the gate. */
	labels: readonly string[];
	skipLabel?: string;
	/** UTC ISO string (the import stamps its rows with it). */
	now: string;
}

const EMPTY = { total: 0, done: 0, na: 0, fail: 0, open: 0 };

const result = (pass: boolean, mode: GateResult['mode'], subject: string, findings: Finding[]): GateOutcome => ({
	ok: true,
	result: { pass, mode, subject, counts: EMPTY, findings }
});

function unknownChecklists(keys: readonly string[], standards: readonly StandardSummary[]): string | null {
	const known = standards.flatMap((s) => s.checklists.filter((c) => c.kind === 'review').map((c) => `${s.slug}/${c.id}`));
	const unknown = keys.filter((k) => !known.includes(k));
	if (unknown.length === 0) return null;
	return `Unknown required checklist(s): ${unknown.join(', ')}. Name them as <standard>/<checklist>, one of: ${known.join(', ')}.`;
}

function missing(options: GateOptions): GateOutcome {
	const message = 'The PR description has no Shipshape PR Self-QA block. Copy the block from Shipshape (Export → PR Self-QA block) into the description, unchanged.';
	if (options.allowMissing) return result(true, 'missing', 'no Shipshape block (allowed)', [{ level: 'notice', rule: 'missing-block', message }]);
	return result(false, 'missing', 'no Shipshape block', [{ level: 'error', rule: 'missing-block', message }]);
}

export function evaluateGate(body: string, options: GateOptions): GateOutcome {
	const unknown = unknownChecklists(options.requiredChecklists, options.standards);
	if (unknown) return { ok: false, message: unknown };
	if (options.skipLabel && options.labels.includes(options.skipLabel)) {
		return result(true, 'skipped', `skipped by the label "${options.skipLabel}"`, [{ level: 'notice', rule: 'skipped', message: `The gate was skipped: the PR has the label "${options.skipLabel}".` }]);
	}
	const lines = blockLines(body);
	if (lines.length > 1) {
		return { ok: false, message: `The PR description holds ${lines.length} Shipshape blocks (hidden comments on lines ${lines.join(', ')}). Keep one: delete the older block, or paste the current one from Shipshape.` };
	}
	if (lines.length === 0) return options.anyChecklist ? { ok: true, result: anyChecklistResult(body, options.requireChecklist) } : missing(options);
	const imported = importPrBody(body, options.standards, options.now);
	if (!imported.ok) return { ok: false, message: `Line ${lines[0]}: ${imported.message.replace(/ Nothing was changed\.$/, '')}` };
	const { session, answers } = imported;
	const items = reviewItems(session, answers, options.standards);
	const verdict = reviewVerdict(body);
	const findings: Finding[] = [
		...roleFindings(session, options.requiredRoles, verdict.found),
		...checklistFindings(session, options.requiredChecklists, options.standards),
		...tierFindings(session, options.changedFiles, options.standards),
		...itemFindings(items, options.standards)
	];
	if (verdict.found && verdict.blocking) {
		findings.push({ level: 'error', rule: 'review-verdict', message: `Line ${verdict.line}: the review summary says "${verdict.text}".` });
	}
	const subject = `${session.role} review of ${session.pr.repo}#${session.pr.number}`;
	const pass = !findings.some((f) => f.level === 'error');
	return { ok: true, result: { pass, mode: 'shipshape', subject, counts: countItems(items), findings } };
}
