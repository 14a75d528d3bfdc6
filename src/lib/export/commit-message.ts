/**
 * The commit message: a Conventional Commit header, the tier checks in the
 * production code checklist's format, and the footer. Every line fits
 * commitlint's 100-character limits (@commitlint/config-conventional).
 */
import type { CommitFields, PrRef } from '$lib/review/schema';
import { exportModel, type ExportInput } from './export-items';
import { commitBody, type UnansweredMode } from './commit-body';
import { commitHeader } from './commit-header';
import { wrapLine } from './commit-wrap';
import { foldLines } from './text';
import { prNumberRef } from '$lib/review/pr-ref';

export { commitWarnings, type CommitWarning } from './commit-warnings';
export { COMMIT_TYPES, type CommitType } from './commit-types';
export { commitHeader };

export interface CommitMessageOptions {
	/** Fields being edited and not saved yet; defaults to session.commit. */
	commit?: CommitFields;
	/** Open items without an answer: "(not answered)" (default) or left out. */
	unanswered?: UnansweredMode;
}

export function commitFooter(fields: CommitFields, pr: PrRef): string[] {
	const lines: string[] = [];
	const breaking = foldLines(fields.breaking);
	if (breaking) lines.push(...wrapLine('BREAKING CHANGE: ', breaking));
	if (fields.refs) lines.push(`Refs: ${prNumberRef(pr)}`);
	return lines;
}

export function commitMessage(input: ExportInput, options: CommitMessageOptions = {}): string {
	const fields = options.commit ?? input.session.commit;
	const body = commitBody(exportModel(input), options.unanswered ?? 'mark');
	const footer = commitFooter(fields, input.session.pr);
	const parts = [[commitHeader(fields)], body, footer].filter((p) => p.length > 0);
	return parts.map((p) => p.join('\n')).join('\n\n');
}
