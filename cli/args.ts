/**
 * `shipshape check` options. node:util parseArgs in strict mode, so an
 * unknown or misspelt flag is an error (exit 2), never silently ignored.
 */
import { parseArgs } from 'node:util';
import { roleSchema, type Role } from '$lib/content/schema';

export interface CheckArgs {
	bodyFile?: string;
	standards?: string;
	changedFiles?: string;
	requiredRoles: Role[];
	requiredChecklists: string[];
	allowMissing: boolean;
	skipLabel?: string;
	anyChecklist: boolean;
	requireChecklist: boolean;
	json: boolean;
	help: boolean;
}

export const USAGE = `Usage: shipshape check [options]

Checks the Shipshape PR Self-QA block in a pull request description.
Exit codes: 0 pass, 1 the gate fails, 2 bad usage or unreadable input.

The PR body is read from --body-file, else from the GitHub event payload
(GITHUB_EVENT_PATH, on pull_request events), else from stdin.

Options:
  --body-file <file>            the PR description ("-" for stdin)
  --standards <dir>             your team's standards (*.md), instead of the bundled ones
  --changed-files <file>        output of \`git diff --name-only base...head\`: tiers whose
                                path globs match are required
  --required-roles <list>       author,reviewer: roles whose review must be present
  --required-checklists <list>  <standard>/<checklist>,...: checklists the review must include
  --allow-missing               pass when the description has no Shipshape block
  --skip-label <label>          pass when the PR (from the event payload) has this label
  --any-checklist               no Shipshape block: every task item must be ticked
                                (struck ~~items~~ are skipped), as mheap/require-checklist-action
  --require-checklist           with --any-checklist: fail a description without any task list
  --json                        print the result as JSON
  -h, --help                    show this help
`;

export class UsageError extends Error {}

const list = (value: string | undefined): string[] =>
	(value ?? '')
		.split(/[\s,]+/)
		.map((s) => s.trim())
		.filter(Boolean);

function roles(value: string | undefined): Role[] {
	return list(value).map((r) => {
		const parsed = roleSchema.safeParse(r);
		if (!parsed.success) throw new UsageError(`--required-roles: "${r}" is not a role; use author and/or reviewer.`);
		return parsed.data;
	});
}

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
	const [command, ...rest] = argv;
	if (command === '-h' || command === '--help') return { ...parseCheckArgs(['check']), help: true };
	if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}". The command is: shipshape check [options]` : 'Missing command. The command is: shipshape check [options]');
	let values;
	try {
		({ values } = parseArgs({
			args: [...rest],
			strict: true,
			allowPositionals: false,
			options: {
				'body-file': { type: 'string' },
				standards: { type: 'string' },
				'changed-files': { type: 'string' },
				'required-roles': { type: 'string' },
				'required-checklists': { type: 'string' },
				'allow-missing': { type: 'boolean', default: false },
				'skip-label': { type: 'string' },
				'any-checklist': { type: 'boolean', default: false },
				'require-checklist': { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (e) {
		throw new UsageError(`${e instanceof Error ? e.message : String(e)} Run \`shipshape check --help\` for the options.`);
	}
	return {
		bodyFile: values['body-file'],
		standards: values.standards,
		changedFiles: values['changed-files'],
		requiredRoles: roles(values['required-roles']),
		requiredChecklists: list(values['required-checklists']),
		allowMissing: values['allow-missing'],
		skipLabel: values['skip-label'] || undefined,
		anyChecklist: values['any-checklist'],
		requireChecklist: values['require-checklist'],
		json: values.json,
		help: values.help
	};
}
