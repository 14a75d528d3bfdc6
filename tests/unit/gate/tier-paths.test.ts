import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { globProblem, parseChangedFiles, pathMatcher } from '$lib/content/path-glob';
import { parseStandardSet } from '$lib/content/standard-set';
import { newSession } from '$lib/review/new-session';
import { pathTierOverrides, pathTierReason, reviewPathTiers, tiersFromPaths, withPathTiers } from '$lib/review/tier-paths';
import { NOW, PCC, standards } from '../../fixtures/gate-bodies';

describe('path globs', () => {
	it('accepts the globs teams write', () => {
		for (const glob of ['**/migrations/**', '**/*_repository.py', 'src/db/**', '*.{sql,psql}', '.github/workflows/*.yml', 'a/[abc]/b']) {
			expect(globProblem(glob), glob).toBeNull();
		}
	});

	it('names what is wrong with a glob that is not a glob', () => {
		expect(globProblem('')).toMatch(/empty/);
		expect(globProblem('/abs/**')).toMatch(/absolute/);
		expect(globProblem('src\\db\\*')).toMatch(/use "\/"/);
		expect(globProblem('**/{a,b')).toMatch(/"\{" without "\}"/);
		expect(globProblem('a]/b')).toMatch(/"\]" without "\["/);
		expect(globProblem('***/x')).toMatch(/\*\*\*/);
		expect(globProblem('../x')).toMatch(/\.\./);
	});

	it('matches dotfiles and nested paths the same way everywhere', () => {
		expect(pathMatcher('**/migrations/**')('db/migrations/0042.py')).toBe(true);
		expect(pathMatcher('**/migrations/**')('migrations/0001.py')).toBe(true);
		expect(pathMatcher('**/*_repository.py')('app/user_repository.py')).toBe(true);
		expect(pathMatcher('**/db/**')('src/dbx/a.py')).toBe(false);
		expect(pathMatcher('.github/**')('.github/workflows/ci.yml')).toBe(true);
	});

	it('reads git diff --name-only output, CRLF and blanks included', () => {
		expect(parseChangedFiles('a.py\r\n\r\n./b/c.py\na.py\n')).toEqual(['a.py', 'b/c.py']);
	});
});

describe('tiersFromPaths (bundled standards)', () => {
	it('suggests Tier 2 for a migration with the reason', () => {
		const tiers = tiersFromPaths(standards(), ['README.md', 'db/migrations/0042.py']);
		expect(tiers).toEqual([
			{ standardSlug: PCC, standardTitle: 'Python SDK Production Code Checklist', tier: 2, file: 'db/migrations/0042.py', glob: '**/migrations/**', files: 1 }
		]);
		expect(tiers.map(pathTierReason)).toEqual(['Tier 2: `db/migrations/0042.py` matches `**/migrations/**`']);
		expect(pathTierOverrides(tiers)).toEqual({ [`${PCC}/2`]: true });
	});

	it('suggests Tier 3 for auth code and nothing for docs', () => {
		expect(tiersFromPaths(standards(), ['src/auth/token.py']).map((t) => t.tier)).toEqual([3]);
		expect(tiersFromPaths(standards(), ['docs/index.md', 'README.md'])).toEqual([]);
		expect(tiersFromPaths(standards(), [])).toEqual([]);
	});
});

describe('tier paths in frontmatter', () => {
	const read = (p: string): string => readFileSync(p, 'utf8');

	it('are validated like the rest of the content: a bad glob names file, line and what is wrong', () => {
		const file = 'tests/fixtures/gate/bad-glob/bad-glob.md';
		expect(() => parseStandardSet([{ file, text: read(file) }], (h) => h)).toThrow(
			'tests/fixtures/gate/bad-glob/bad-glob.md:12: tiers[0].paths[1] "**/{db,sql" is not a usable path glob: it has "{" without "}"'
		);
	});

	it('are kept on the tier of a team standard', () => {
		const file = 'tests/fixtures/gate/team-standards/team-checklist.md';
		const [team] = parseStandardSet([{ file, text: read(file) }], (h) => h);
		expect(team?.tiers.find((t) => t.tier === 2)?.paths).toEqual(['**/migrations/**', '**/*.sql']);
		expect(tiersFromPaths(team ? [team] : [], ['schema/0001.sql']).map(pathTierReason)).toEqual(['Tier 2: `schema/0001.sql` matches `**/*.sql`']);
	});
});

describe('withPathTiers: the new review starts with the suggested tiers on', () => {
	it('chooses the tier checklists and forces the tier on', () => {
		const s = standards();
		const base = newSession({ id: 'x', pr: { host: 'github', repo: 'a/b', number: 1, url: 'https://github.com/a/b/pull/1' }, title: '', role: 'author', checklists: [`${PCC}/tier-1`], standards: s, now: NOW });
		const tiers = reviewPathTiers(s, base.checklists, ['db/migrations/1.py']);
		const session = withPathTiers(base, s, tiers, NOW);
		expect(session.checklists).toEqual([`${PCC}/tier-1`, `${PCC}/tier-2`]);
		expect(session.tierOverrides).toEqual({ [`${PCC}/2`]: true });
		expect(Object.keys(session.items)).toContain(`${PCC}/datastore-concurrency`);
		expect(reviewPathTiers(s, [`sdk-developer-guidelines/pr-self-qa-checklist`], ['db/migrations/1.py'])).toEqual([]);
	});
});
