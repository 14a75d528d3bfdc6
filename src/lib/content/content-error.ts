/**
 * Content errors name the file, the line and what is wrong, in the
 * `file:line: message` form editors and CI logs turn into links.
 */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly detail: string
	) {
		super(`${file}:${line}: ${detail}`);
		this.name = 'ContentError';
	}
}

/** The parts of a zod issue we report (structural, so zod/mini and zod both fit). */
export interface IssueLike {
	code: string;
	path: readonly PropertyKey[];
	message: string;
	expected?: unknown;
	values?: readonly unknown[];
	keys?: readonly string[];
	minimum?: unknown;
	maximum?: unknown;
	format?: string;
	pattern?: string;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
	path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').slice(1) : '(root)';

/** zod/mini ships without English messages; say it plainly ourselves. */
export function describeIssue(issue: IssueLike): string {
	const where = formatPath(issue.path);
	switch (issue.code) {
		case 'invalid_type':
			return `${where}: expected ${String(issue.expected)}`;
		case 'invalid_value':
			return `${where}: expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
		case 'unrecognized_keys':
			return `${where}: unknown key(s) ${(issue.keys ?? []).join(', ')}`;
		case 'too_small':
			return `${where}: too small (minimum ${String(issue.minimum)})`;
		case 'too_big':
			return `${where}: too big (maximum ${String(issue.maximum)})`;
		case 'invalid_format':
			return `${where}: invalid format${issue.pattern ? ` (must match ${issue.pattern})` : ''}`;
		case 'invalid_union':
			return `${where}: does not match any allowed form`;
		default:
			return `${where}: ${issue.message}`;
	}
}
