/**
 * The commit types @commitlint/config-conventional accepts (its type-enum),
 * with the wording of its own prompt, for the type select.
 */
export interface CommitType {
	type: string;
	description: string;
}

export const COMMIT_TYPES: readonly CommitType[] = [
	{ type: 'feat', description: 'A new feature' },
	{ type: 'fix', description: 'A bug fix' },
	{ type: 'docs', description: 'Documentation only changes' },
	{ type: 'style', description: 'Formatting, white-space, missing semicolons: no change in meaning' },
	{ type: 'refactor', description: 'A code change that neither fixes a bug nor adds a feature' },
	{ type: 'perf', description: 'A code change that improves performance' },
	{ type: 'test', description: 'Adding missing tests or correcting existing tests' },
	{ type: 'build', description: 'Changes to the build system or external dependencies' },
	{ type: 'ci', description: 'Changes to CI configuration files and scripts' },
	{ type: 'chore', description: "Other changes that don't modify src or test files" },
	{ type: 'revert', description: 'Reverts a previous commit' }
];

export const COMMIT_TYPE_NAMES: readonly string[] = COMMIT_TYPES.map((t) => t.type);
