/**
 * Runs the bundled gate (CLI or Action entry) as a real process, built fresh
 * into a temp folder so the tests exercise what `node dist/...` runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGate } from '../../../scripts/build-gate.mjs';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'shipshape-gate-'));

export async function freshBundles(): Promise<string> {
	return buildGate(tempDir());
}

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** No GitHub variables from the machine running the tests leak in. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
	const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')));
	return { ...base, ...env };
}

export function run(script: string, args: string[], env: Record<string, string> = {}, input?: string): Run {
	const r = spawnSync(process.execPath, [script, ...args], { env: cleanEnv(env), input: input ?? '', encoding: 'utf8', timeout: 20_000 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function writeTemp(dir: string, name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}
