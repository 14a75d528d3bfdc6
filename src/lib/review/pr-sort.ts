import type { Role } from '$lib/content/schema';
import type { PrRef } from './schema';

/**
 * The order "Sort by pull request" uses, as one string the database can
 * index: host, repository (case-insensitive), number (zero-padded so 9 sorts
 * before 10), then role. The NUL separators sort below every other
 * character, so "a/b" comes before "a/b-c".
 */
export function prSortKey(pr: Pick<PrRef, 'host' | 'repo' | 'number'>, role: Role): string {
	return [pr.host, pr.repo.toLowerCase(), String(pr.number).padStart(15, '0'), role].join('\u0000');
}
