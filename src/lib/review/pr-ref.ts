/**
 * Pull-request references: what a user pastes (a URL copied from the
 * browser, often with /files, ?query or #hash on the end, or the short
 * `owner/repo#123`) normalised to one PrRef, so the same PR always maps to the
 * same session.
 */
import type { Role } from '$lib/content/schema';
import type { PrRef } from './schema';

export type PrRefResult = { ok: true; pr: PrRef } | { ok: false; message: string };

type Host = PrRef['host'];

const ACCEPTED =
	'Paste a pull request link from GitHub (https://github.com/owner/repo/pull/123), ' +
	'GitLab (https://gitlab.com/group/project/-/merge_requests/123) or ' +
	'Bitbucket (https://bitbucket.org/owner/repo/pull-requests/123), or type owner/repo#123.';

const UNKNOWN_HOST =
	'Only github.com, gitlab.com and bitbucket.org links are supported, and GitHub Enterprise or ' +
	'self-hosted GitLab links that end in /pull/123 or /-/merge_requests/123.';

const HOSTS = new Map<string, Host>([
	['github.com', 'github'],
	['gitlab.com', 'gitlab'],
	['bitbucket.org', 'bitbucket']
]);

const HOST_NAMES: Record<Host, string> = { github: 'GitHub', gitlab: 'GitLab', bitbucket: 'Bitbucket' };

// One path segment of an owner, group or repository name. Deliberately
// permissive on characters (hosts differ) but never empty, "." or "..".
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._-]+$/;
const NUMBER = /^\d{1,15}$/;

const fail = (message: string): PrRefResult => ({ ok: false, message });

/** `hostname`: a GitHub Enterprise or self-hosted GitLab server; absent for the public hosts. */
export function canonicalPrUrl(host: Host, repo: string, number: number, hostname?: string): string {
	if (host === 'gitlab') return `https://${hostname ?? 'gitlab.com'}/${repo}/-/merge_requests/${number}`;
	if (host === 'bitbucket') return `https://bitbucket.org/${repo}/pull-requests/${number}`;
	return `https://${hostname ?? 'github.com'}/${repo}/pull/${number}`;
}

function build(host: Host, segments: string[], num: string, hostname?: string): PrRefResult {
	if (!segments.every((s) => SEGMENT.test(s)) || !NUMBER.test(num)) return fail(ACCEPTED);
	const number = Number(num);
	if (number < 1) return fail('A pull request number starts at 1. ' + ACCEPTED);
	const repo = segments.join('/');
	const url = canonicalPrUrl(host, repo, number, hostname);
	return { ok: true, pr: hostname ? { host, repo, number, url, hostname } : { host, repo, number, url } };
}

/** Path segments after the repo that identify the PR, per host. */
function fromPath(host: Host, parts: string[], hostname?: string): PrRefResult {
	const notPr = fail(`This ${HOST_NAMES[host]} link is not a pull request. ${ACCEPTED}`);
	if (host === 'gitlab') {
		// "/-/merge_requests/N" today; older links lack the "-" separator.
		const at = parts.indexOf('merge_requests');
		const num = parts[at + 1];
		if (at < 0 || num === undefined) return notPr;
		const repoEnd = parts[at - 1] === '-' ? at - 1 : at;
		const repo = parts.slice(0, repoEnd);
		return repo.length >= 2 ? build(host, repo, num, hostname) : notPr;
	}
	const marker = host === 'github' ? 'pull' : 'pull-requests';
	const [owner, name, kind, num] = parts;
	if (owner === undefined || name === undefined || kind !== marker || num === undefined) return notPr;
	return build(host, [owner, name], num, hostname);
}

/** Another host is GitHub Enterprise or a self-hosted GitLab when its path says so. */
function selfHostedKind(hostname: string, parts: string[]): Host | undefined {
	if (!hostname.includes('.')) return undefined;
	if (parts.includes('merge_requests')) return 'gitlab';
	return parts[2] === 'pull' ? 'github' : undefined;
}

function parseUrl(input: string): PrRefResult {
	let url: URL;
	try {
		url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
	} catch {
		return fail(ACCEPTED);
	}
	if (!/^https?:$/.test(url.protocol)) return fail(`${UNKNOWN_HOST} ${ACCEPTED}`);
	const hostname = url.hostname.toLowerCase().replace(/^www\./, '');
	const parts = url.pathname.split('/').filter((p) => p !== '');
	const known = HOSTS.get(hostname);
	if (known) return fromPath(known, parts);
	const kind = selfHostedKind(hostname, parts);
	return kind ? fromPath(kind, parts, url.host.toLowerCase()) : fail(`${UNKNOWN_HOST} ${ACCEPTED}`);
}

// `owner/repo#123` (GitHub) and `group/project!123` (GitLab's own notation).
const SHORTHAND = /^([^\s#!]+)([#!])(\d+)$/;

function parseShorthand(input: string): PrRefResult | undefined {
	const m = SHORTHAND.exec(input);
	if (!m || m[1] === undefined || m[3] === undefined) return undefined;
	const segments = m[1].split('/');
	const host: Host = m[2] === '!' ? 'gitlab' : 'github';
	if (host === 'github' && segments.length !== 2) return fail(ACCEPTED);
	if (segments.length < 2) return fail(ACCEPTED);
	return build(host, segments, m[3]);
}

// `owner/repo` (or `owner/repo#`): a repository without its pull request number.
const REPO_ONLY = /^([^\s#!/]+\/[^\s#!]+?)[#!]?$/;

/** Parse what the user typed; the message of a failure says what is accepted. */
export function parsePrRef(input: string): PrRefResult {
	const text = input.trim();
	if (text === '') return fail(`Enter a pull request. ${ACCEPTED}`);
	if (looksLikeUrl(text)) return parseUrl(text);
	const shorthand = parseShorthand(text);
	if (shorthand) return shorthand;
	const repoOnly = REPO_ONLY.exec(text)?.[1];
	if (repoOnly) return fail(`The pull request number is missing: type it after a #, as in ${repoOnly}#123, or paste the pull request's link.`);
	return parseUrl(text);
}

// A URL may carry "#hash" too, so decide URL vs shorthand before matching.
// A first segment with a dot and a longer path is a host ("git.acme.io/o/r/pull/1");
// a GitLab group may have a dot too, but its shorthand ("my.group/app!7") is short.
function looksLikeUrl(text: string): boolean {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return true;
	const segments = text.split('/');
	const first = segments[0]?.toLowerCase() ?? '';
	return HOSTS.has(first.replace(/^www\./, '')) || (first.includes('.') && segments.length > 3);
}

/**
 * The unique key of a session: one per PR and role. Hosts treat owner and
 * repository names case-insensitively, so "Owner/Repo" and "owner/repo" are
 * the same PR.
 */
export function prKey(pr: Pick<PrRef, 'host' | 'repo' | 'number' | 'hostname'>, role: Role): string {
	return `${prKeyPrefix(pr)}${role}`;
}

/**
 * The prKey prefix shared by the author and reviewer sessions of one PR. A
 * self-hosted server is part of it ("github@git.acme.io:…"); the public hosts
 * keep the form every stored session has.
 */
export function prKeyPrefix(pr: Pick<PrRef, 'host' | 'repo' | 'number' | 'hostname'>): string {
	const server = pr.hostname ? `@${pr.hostname}` : '';
	return `${pr.host}${server}:${pr.repo.toLowerCase()}#${pr.number}|`;
}

/** The PR's number as its host writes it: "!123" on GitLab (merge requests), "#123" on GitHub and Bitbucket. */
export function prNumberRef(pr: Pick<PrRef, 'host' | 'number'>): string {
	return `${pr.host === 'gitlab' ? '!' : '#'}${pr.number}`;
}

/** Short display form: "owner/repo#123" (GitLab: "group/project!123", its own notation, which parsePrRef accepts back). */
export function formatPrRef(pr: Pick<PrRef, 'host' | 'repo' | 'number'>): string {
	return `${pr.repo}${prNumberRef(pr)}`;
}

/** The link to a PR, always built from host, repository and number: a stored or pasted URL is never trusted. */
export function prUrl(pr: Pick<PrRef, 'host' | 'repo' | 'number' | 'hostname'>): string {
	return canonicalPrUrl(pr.host, pr.repo, pr.number, pr.hostname);
}

// In its own module: the database's session index needs only this (see pr-sort.ts).
export { prSortKey } from './pr-sort';
