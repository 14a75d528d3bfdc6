/**
 * Reading what the gate needs from disk and the environment. Every failure
 * is an InputError whose message says what to do (exit code 2).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod/mini';
import { ContentError } from '$lib/content/content-error';
import { toSummary } from '$lib/content/parse-standard';
import { parseChangedFiles } from '$lib/content/path-glob';
import type { StandardSummary } from '$lib/content/schema';
import { parseStandardSet, type StandardFile } from '$lib/content/standard-set';
import bundledFiles from 'virtual:shipshape-standards';

export class InputError extends Error {}

function readText(path: string, what: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
		throw new InputError(`Cannot read ${what} "${path}": ${why}.`);
	}
}

function standardFiles(dir: string): StandardFile[] {
	let names: string[];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
	} catch {
		throw new InputError(`Cannot read the standards folder "${dir}": it does not exist or is not a folder. Pass --standards <dir> with your *.md standards.`);
	}
	if (names.length === 0) throw new InputError(`The standards folder "${dir}" has no *.md files. Put your standards there (see content/standards/ for the format).`);
	return names.map((n) => ({ file: relative(process.cwd(), join(dir, n)) || n, text: readText(join(dir, n), 'the standard') }));
}

/** The gate shows no HTML: rendering is skipped, validation is the same as the build's. */
const noHtml = (): string => '';

export function loadStandards(dir: string | undefined): StandardSummary[] {
	const files = dir === undefined ? bundledFiles : standardFiles(dir);
	try {
		return parseStandardSet(files, noHtml).map(toSummary);
	} catch (e) {
		if (e instanceof ContentError) throw new InputError(`Invalid standard: ${e.message}. Fix the file (the build reports the same).`);
		throw e;
	}
}

export function loadChangedFiles(path: string | undefined): string[] {
	return path === undefined ? [] : parseChangedFiles(readText(path, 'the changed-files list'));
}

const eventSchema = z.object({
	pull_request: z.optional(
		z.object({
			body: z.nullish(z.string()),
			labels: z.optional(z.array(z.object({ name: z.string() })))
		})
	)
});

export interface PullRequest {
	body: string;
	labels: string[];
}

/** The pull request of a GitHub event payload, or undefined when the event is not about one. */
export function readEvent(path: string): PullRequest | undefined {
	let json: unknown;
	try {
		json = JSON.parse(readText(path, 'the GitHub event payload (GITHUB_EVENT_PATH)'));
	} catch (e) {
		if (e instanceof InputError) throw e;
		throw new InputError(`The GitHub event payload "${path}" is not JSON.`);
	}
	const parsed = eventSchema.safeParse(json);
	if (!parsed.success) throw new InputError(`The GitHub event payload "${path}" is not a pull_request event payload.`);
	const pr = parsed.data.pull_request;
	return pr && { body: pr.body ?? '', labels: (pr.labels ?? []).map((l) => l.name) };
}

export async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

export { readText };
