/**
 * Whether a PR Self-QA block fits a PR description. GitHub keeps at most
 * 65,536 characters of one; the block must leave room for the author's own
 * text, so a warning comes well before the limit.
 */
export const GITHUB_BODY_LIMIT = 65_536;
/** Past this the block leaves less than ~25 KB for the author's own description. */
export const SAFE_BLOCK_SIZE = 40_000;

export interface SizeWarning {
	level: 'warn' | 'error';
	message: string;
}

const count = (n: number): string => n.toLocaleString('en-US');

export function prBlockSizeWarning(block: string, includeTierChecks: boolean): SizeWarning | null {
	const size = block.length;
	if (size <= SAFE_BLOCK_SIZE) return null;
	const fixes = [includeTierChecks ? 'leave the tier checks out' : null, 'shorten the longest notes', 'or paste the review summary as a comment instead'].filter((f): f is string => f !== null);
	const what = `To make it fit, ${fixes.join(', ')}.`;
	if (size > GITHUB_BODY_LIMIT) {
		return { level: 'error', message: `This block is ${count(size)} characters: GitHub cuts a PR description at 65,536, so it would lose its end (and with it the data that restores the review). ${what}` };
	}
	return { level: 'warn', message: `This block is ${count(size)} characters, close to GitHub's limit of 65,536 for a whole PR description. ${what}` };
}
