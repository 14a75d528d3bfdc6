/**
 * What commitlint with @commitlint/config-conventional would reject in a
 * commit message, said so a user knows what to change. Mirrors the rules of
 * config-conventional 20 (checked against the real commitlint in tests);
 * 'hint' marks advice the config itself does not enforce.
 */
import type { CommitFields } from '$lib/review/schema';
import { COMMIT_TYPE_NAMES } from './commit-types';
import { commitHeader } from './commit-header';
import { MAX_LINE, URL_PATTERN } from './commit-wrap';
import { foldLines } from './text';

export interface CommitWarning {
	field: 'type' | 'scope' | 'description' | 'message';
	/** The commitlint rule this mirrors (for tests and docs). */
	rule: string;
	/** 'error': commitlint would reject the commit; 'hint': advice only. */
	level: 'error' | 'hint';
	message: string;
}

/** commitlint's subject-case only looks at subjects that start with a cased letter. */
const STARTS_WITH_LETTER = /^[\p{Ll}\p{Lu}\p{Lt}]/iu;

/**
 * config-conventional forbids sentence-, start-, pascal- and upper-case
 * subjects; for a subject starting with a letter all four come down to "the
 * first letter is not lower-case".
 */
function subjectCaseRejected(subject: string): boolean {
	const first = subject.charAt(0);
	return STARTS_WITH_LETTER.test(subject) && first.toUpperCase() === first;
}

function typeWarnings(type: string): CommitWarning[] {
	if (!type) return [{ field: 'type', rule: 'type-empty', level: 'error', message: 'Choose a commit type, such as feat or fix.' }];
	const out: CommitWarning[] = [];
	if (type !== type.toLowerCase()) {
		out.push({ field: 'type', rule: 'type-case', level: 'error', message: `Write the type in lower case: "${type.toLowerCase()}".` });
	}
	// Lower-casing fixes both rules when the type is otherwise known: say so only once.
	if (!COMMIT_TYPE_NAMES.includes(type.toLowerCase())) {
		const list = COMMIT_TYPE_NAMES.join(', ');
		out.push({ field: 'type', rule: 'type-enum', level: 'error', message: `"${type}" is not a type commitlint accepts. Use one of: ${list}.` });
	}
	return out;
}

const excerpt = (text: string): string => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

function descriptionWarnings(description: string): CommitWarning[] {
	const out: CommitWarning[] = [];
	if (!description) {
		out.push({ field: 'description', rule: 'subject-empty', level: 'error', message: 'Add a short description of the change.' });
		return out;
	}
	if (description.endsWith('.')) {
		out.push({ field: 'description', rule: 'subject-full-stop', level: 'error', message: 'Remove the full stop at the end of the description.' });
	}
	if (subjectCaseRejected(description)) {
		const lower = excerpt(description.charAt(0).toLowerCase() + description.slice(1));
		const message = `Start the description with a lower-case letter ("${lower}"): commitlint rejects descriptions like "Add cache", "Add New Cache" and "ADD CACHE".`;
		out.push({ field: 'description', rule: 'subject-case', level: 'error', message });
	}
	return out;
}

function scopeWarnings(scope: string): CommitWarning[] {
	if (!scope || scope === scope.toLowerCase()) return [];
	const message = `Scopes are usually lower case ("${scope.toLowerCase()}"). commitlint's conventional config accepts this one, but many projects' configs do not.`;
	return [{ field: 'scope', rule: 'scope-case', level: 'hint', message }];
}

function lineWarnings(header: string, message: string | undefined): CommitWarning[] {
	const out: CommitWarning[] = [];
	if (header.length > MAX_LINE) {
		const over = header.length - MAX_LINE;
		const text = `The first line is ${header.length} characters; commitlint allows ${MAX_LINE}. Shorten the description by ${over}.`;
		out.push({ field: 'description', rule: 'header-max-length', level: 'error', message: text });
	}
	const long = (message ?? '').split(/\r?\n/).slice(1).filter((l) => l.length > MAX_LINE && !URL_PATTERN.test(l));
	if (long.length > 0) {
		const text = `${long.length} line(s) of the message are longer than ${MAX_LINE} characters; commitlint rejects them. Break them up.`;
		out.push({ field: 'message', rule: 'body-max-line-length', level: 'error', message: text });
	}
	return out;
}

/**
 * Warnings for the commit fields; pass the generated `message` too to check
 * its body and footer line lengths (commitMessage wraps them, so only
 * hand-edited text can trip this).
 */
export function commitWarnings(fields: CommitFields, message?: string): CommitWarning[] {
	const type = foldLines(fields.type);
	const scope = foldLines(fields.scope);
	const description = foldLines(fields.description);
	const header = commitHeader(fields);
	return [...typeWarnings(type), ...scopeWarnings(scope), ...descriptionWarnings(description), ...lineWarnings(header, message)];
}
