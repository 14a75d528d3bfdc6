import { describe, expect, it } from 'vitest';
import { formatPrRef, parsePrRef, prKey } from '$lib/review/pr-ref';

const ok = (input: string) => {
	const r = parsePrRef(input);
	if (!r.ok) throw new Error(`expected ok for ${input}: ${r.message}`);
	return r.pr;
};

describe('parsePrRef: accepted forms', () => {
	it.each([
		'https://github.com/acme/api/pull/12',
		'https://github.com/acme/api/pull/12/files',
		'https://github.com/acme/api/pull/12/commits/abc123',
		'https://github.com/acme/api/pull/12?diff=split',
		'https://github.com/acme/api/pull/12#issuecomment-99',
		'https://www.github.com/acme/api/pull/12/',
		'http://github.com/acme/api/pull/12',
		'github.com/acme/api/pull/12',
		'  https://GitHub.com/acme/api/pull/12  ',
		'acme/api#12'
	])('GitHub: %s', (input) => {
		expect(ok(input)).toEqual({ host: 'github', repo: 'acme/api', number: 12, url: 'https://github.com/acme/api/pull/12' });
	});

	it.each([
		'https://gitlab.com/group/sub/repo/-/merge_requests/7',
		'https://gitlab.com/group/sub/repo/-/merge_requests/7/diffs',
		'https://gitlab.com/group/sub/repo/-/merge_requests/7?tab=commits#note_1',
		'https://gitlab.com/group/sub/repo/merge_requests/7',
		'gitlab.com/group/sub/repo/-/merge_requests/7',
		'group/sub/repo!7'
	])('GitLab: %s', (input) => {
		expect(ok(input)).toEqual({
			host: 'gitlab',
			repo: 'group/sub/repo',
			number: 7,
			url: 'https://gitlab.com/group/sub/repo/-/merge_requests/7'
		});
	});

	it.each([
		'https://bitbucket.org/team/app/pull-requests/3',
		'https://bitbucket.org/team/app/pull-requests/3/diff',
		'https://www.bitbucket.org/team/app/pull-requests/3?w=1#chg',
		'bitbucket.org/team/app/pull-requests/3'
	])('Bitbucket: %s', (input) => {
		expect(ok(input)).toEqual({ host: 'bitbucket', repo: 'team/app', number: 3, url: 'https://bitbucket.org/team/app/pull-requests/3' });
	});

	it.each([
		['https://github.acme.io/team/api/pull/12/files', 'https://github.acme.io/team/api/pull/12'],
		['github.acme.io/team/api/pull/12', 'https://github.acme.io/team/api/pull/12'],
		['https://GHE.Acme.io:8443/team/api/pull/12', 'https://ghe.acme.io:8443/team/api/pull/12']
	])('GitHub Enterprise: %s', (input, url) => {
		const pr = ok(input);
		expect(pr).toEqual({ host: 'github', repo: 'team/api', number: 12, url, hostname: new URL(url).host });
	});

	it.each(['https://git.acme.io/group/sub/app/-/merge_requests/7/diffs', 'git.acme.io/group/sub/app/-/merge_requests/7'])('self-hosted GitLab: %s', (input) => {
		expect(ok(input)).toEqual({
			host: 'gitlab',
			repo: 'group/sub/app',
			number: 7,
			url: 'https://git.acme.io/group/sub/app/-/merge_requests/7',
			hostname: 'git.acme.io'
		});
	});

	it('reads a GitLab group with a dot as shorthand', () => {
		expect(ok('my.group/app!7')).toMatchObject({ host: 'gitlab', repo: 'my.group/app', number: 7 });
	});

	it('keeps dots, dashes and underscores in names', () => {
		expect(ok('my-org/repo.js_x#5').repo).toBe('my-org/repo.js_x');
	});
});

describe('parsePrRef: rejected forms', () => {
	it.each([
		'',
		'   ',
		'acme#12',
		'acme/api#0',
		'acme/api#-1',
		'acme/api#1.5',
		'a/b/c#12',
		'https://github.com/acme/api',
		'https://github.com/acme/api/issues/12',
		'https://github.com/acme/api/pull/',
		'https://github.com/acme/api/pull/abc',
		'https://github.com/acme/pull/12',
		'https://gitlab.com/repo/-/merge_requests/7',
		'https://gitlab.com/group/repo/-/issues/7',
		'https://bitbucket.org/team/app/pull/3',
		'ftp://github.com/acme/api/pull/12',
		'https://constructor/a/b/pull/1',
		'https://example.com/acme/api/issues/12',
		'https://git.acme.io/acme/api',
		'https://github.com/../api/pull/12',
		'not a pr at all',
		'12'
	])('%j', (input) => {
		const r = parsePrRef(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/owner\/repo#123/);
	});

	it('says which host is not a pull request', () => {
		const r = parsePrRef('https://github.com/acme/api/issues/1');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/This GitHub link is not a pull request/);
	});

	it('names the supported hosts for another host', () => {
		const r = parsePrRef('https://example.com/a/b/tree/main');
		if (r.ok) throw new Error('expected failure');
		expect(r.message).toMatch(/github\.com, gitlab\.com and bitbucket\.org/);
		expect(r.message).toMatch(/GitHub Enterprise or self-hosted GitLab/);
	});

	it.each(['acme/shop', 'acme/shop#', 'group/sub/app!'])('says the number is missing: %j', (input) => {
		const r = parsePrRef(input);
		if (r.ok) throw new Error('expected failure');
		expect(r.message).toMatch(/^The pull request number is missing/);
		expect(r.message).toContain(`${input.replace(/[#!]$/, '')}#123`);
	});
});

describe('prKey and formatPrRef', () => {
	it('is one key per PR and role, whatever the casing', () => {
		const a = ok('https://github.com/Acme/API/pull/12');
		const b = ok('acme/api#12');
		expect(prKey(a, 'author')).toBe('github:acme/api#12|author');
		expect(prKey(a, 'author')).toBe(prKey(b, 'author'));
		expect(prKey(a, 'reviewer')).not.toBe(prKey(a, 'author'));
	});

	it('keeps a self-hosted server apart from github.com; public keys keep their stored form', () => {
		const enterprise = ok('https://git.acme.io/acme/api/pull/12');
		expect(prKey(enterprise, 'author')).toBe('github@git.acme.io:acme/api#12|author');
		expect(prKey(ok('acme/api#12'), 'author')).toBe('github:acme/api#12|author');
	});

	it('formats short and round-trips', () => {
		const gh = ok('https://github.com/acme/api/pull/12/files');
		const gl = ok('https://gitlab.com/g/s/r/-/merge_requests/7');
		expect(formatPrRef(gh)).toBe('acme/api#12');
		expect(formatPrRef(gl)).toBe('g/s/r!7');
		expect(ok(formatPrRef(gh))).toEqual(gh);
		expect(ok(formatPrRef(gl))).toEqual(gl);
	});
});
