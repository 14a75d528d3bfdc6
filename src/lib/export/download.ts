/** File names for downloaded exports: readable and unique per PR, safe on every file system. */
import type { Session } from '$lib/review/schema';

export type ExportKind = 'commit' | 'pr-block' | 'review' | 'backup';

/** Lower-case letters, digits and single dashes only. */
function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * `shipshape-owner-repo-123-pr-block.md` (a commit message is plain text: `…-commit.txt`). Without a session (a backup of
 * everything) the date names the file instead: `shipshape-backup-2025-01-31.json`.
 */
export function exportFileName(kind: ExportKind, session: Session | null, now: string): string {
	const ext = kind === 'backup' ? 'json' : kind === 'commit' ? 'txt' : 'md';
	if (!session) return `shipshape-${kind}-${now.slice(0, 10)}.${ext}`;
	const name = slug(`${session.pr.repo} ${session.pr.number}`) || 'review';
	return `shipshape-${name}-${kind}.${ext}`;
}
