/** The Conventional Commit header, shared by the message and its warnings. */
import type { CommitFields } from '$lib/review/schema';
import { foldLines } from './text';

/** `type(scope)!: description`; whitespace folded so the header stays one trimmed line. */
export function commitHeader(fields: CommitFields): string {
	const type = foldLines(fields.type);
	const scope = foldLines(fields.scope);
	const bang = foldLines(fields.breaking) ? '!' : '';
	return `${type}${scope ? `(${scope})` : ''}${bang}: ${foldLines(fields.description)}`;
}
