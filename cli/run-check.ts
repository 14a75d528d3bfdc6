/**
 * `shipshape check`, shared by the command line and the GitHub Action:
 * read the inputs, ask the pure gate (src/lib/gate), print the verdict.
 * Exit codes: 0 pass, 1 the gate fails, 2 bad usage or unreadable input.
 */
import { appendFileSync } from 'node:fs';
import { evaluateGate } from '$lib/gate/evaluate';
import { markdownSummary } from '$lib/gate/report-markdown';
import { annotations, jsonReport, textReport } from '$lib/gate/report-text';
import type { GateResult } from '$lib/gate/types';
import { parseCheckArgs, USAGE, UsageError, type CheckArgs } from './args';
import { InputError, loadChangedFiles, loadStandards, readEvent, readStdin, readText, type PullRequest } from './inputs';

export type Env = Readonly<Record<string, string | undefined>>;

async function pullRequest(args: CheckArgs, env: Env): Promise<PullRequest> {
	const event = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
	const labels = event?.labels ?? [];
	if (args.bodyFile === '-') return { body: await readStdin(), labels };
	if (args.bodyFile !== undefined) return { body: readText(args.bodyFile, 'the PR body file'), labels };
	if (event) return event;
	if (env.GITHUB_EVENT_PATH) throw new InputError('The GitHub event is not about a pull request. Run the gate on pull_request events (on: pull_request), or pass --body-file.');
	if (process.stdin.isTTY) throw new InputError('No PR body given. Pass --body-file <file>, pipe the body on stdin, or run in GitHub Actions on a pull_request event.');
	return { body: await readStdin(), labels };
}

function writeSummary(env: Env, markdown: string): void {
	const path = env.GITHUB_STEP_SUMMARY;
	if (!path) return;
	try {
		appendFileSync(path, markdown + '\n');
	} catch (e) {
		process.stderr.write(`Could not write the job summary to ${path}: ${(e as Error).message}\n`);
	}
}

function report(result: GateResult, args: CheckArgs, env: Env): void {
	const actions = env.GITHUB_ACTIONS === 'true';
	if (args.json) process.stdout.write(jsonReport(result));
	else {
		if (actions) process.stdout.write(annotations(result.findings));
		process.stdout.write(textReport(result));
	}
	if (actions) writeSummary(env, markdownSummary(result));
}

function badInput(message: string, env: Env, help = ''): number {
	process.stderr.write(`shipshape check: ${message}\n${help}`);
	if (env.GITHUB_ACTIONS === 'true') {
		process.stdout.write(annotations([{ level: 'error', message }]));
		writeSummary(env, `## ⚠️ Shipshape gate could not run\n\n${message}\n`);
	}
	return 2;
}

export async function runCheck(argv: readonly string[], env: Env, now: string): Promise<number> {
	try {
		const args = parseCheckArgs(argv);
		if (args.help) return void process.stdout.write(USAGE), 0;
		const standards = loadStandards(args.standards);
		const changedFiles = loadChangedFiles(args.changedFiles);
		const pr = await pullRequest(args, env);
		const outcome = evaluateGate(pr.body, { ...args, standards, changedFiles, labels: pr.labels, now });
		if (!outcome.ok) return badInput(outcome.message, env);
		report(outcome.result, args, env);
		return outcome.result.pass ? 0 : 1;
	} catch (e) {
		if (e instanceof UsageError) return badInput(e.message, env, `\n${USAGE}`);
		if (e instanceof InputError) return badInput(e.message, env);
		throw e;
	}
}
