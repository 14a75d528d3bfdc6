/**
 * The GitHub Action's entry (action.yml → dist/action.js): the action's
 * inputs become `shipshape check` options, so the Action and the command
 * line are one gate. The PR body and labels come from the event payload.
 */
import { runCheck, type Env } from '../cli/run-check';

/** GitHub passes input `required-roles` as INPUT_REQUIRED-ROLES. */
const input = (env: Env, name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

const VALUE_INPUTS = ['standards', 'changed-files', 'required-roles', 'required-checklists', 'skip-label', 'body-file'] as const;
const FLAG_INPUTS = ['allow-missing', 'any-checklist', 'require-checklist'] as const;

/** The inputs as `shipshape check` arguments, or what is wrong with them. */
export function actionArgs(env: Env): { args: string[] } | { error: string } {
	const args = ['check'];
	for (const name of VALUE_INPUTS) {
		const value = input(env, name);
		if (value) args.push(`--${name}`, value);
	}
	for (const name of FLAG_INPUTS) {
		const value = input(env, name).toLowerCase();
		if (value === 'true') args.push(`--${name}`);
		else if (value !== '' && value !== 'false') return { error: `The input "${name}" must be true or false, not "${value}". Fix it in the workflow (with: ${name}: true).` };
	}
	return { args };
}

async function main(env: Env): Promise<number> {
	const inputs = actionArgs(env);
	if ('args' in inputs) return runCheck(inputs.args, env, new Date().toISOString());
	process.stderr.write(`${inputs.error}\n`);
	process.stdout.write(`::error title=Shipshape gate::${inputs.error}\n`);
	return 2;
}

process.exitCode = await main(process.env);
