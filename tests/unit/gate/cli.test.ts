import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstItem, PCC, prBody } from '../../fixtures/gate-bodies';
import { freshBundles, run, tempDir, writeTemp, type Run } from './gate-process';

let cli: string;
let dir: string;
const T1 = `${PCC}/tier-1`;

beforeAll(async () => {
	cli = join(await freshBundles(), 'shipshape.mjs');
	dir = tempDir();
}, 60_000);

const check = (args: string[], env: Record<string, string> = {}, input?: string): Run => run(cli, ['check', ...args], env, input);
const body = (name: string, text: string): string => writeTemp(dir, name, text);

describe('shipshape check (process)', () => {
	it('exit 0 on a finished block, with a plain summary', () => {
		const r = check(['--body-file', body('pass.md', prBody())]);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe('Shipshape gate: PASS — author review of acme/api#42\n  17 items: 17 done, 0 N/A, 0 failed, 0 open\n');
	});

	it('exit 1 on an open item, naming it', () => {
		const r = check(['--body-file', body('open.md', prBody({ answers: { [firstItem({}, T1)]: { state: 'open' } } }))]);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('Shipshape gate: FAIL — author review of acme/api#42 (1 problem)');
		expect(r.stdout).toContain('✖ "Shared state analysis (concurrency check)" (Tier 1 - MANDATORY FOR ALL CODE) is open');
	});

	it('reads the body from stdin', () => {
		expect(check(['--body-file', '-'], {}, prBody()).code).toBe(0);
		expect(check([], {}, 'no block here').code).toBe(1);
	});

	it('requires the tiers the changed files trigger', () => {
		const files = writeTemp(dir, 'changed.txt', 'README.md\ndb/migrations/0042.py\n');
		const r = check(['--body-file', body('tiers.md', prBody()), '--changed-files', files]);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('Tier 2: `db/migrations/0042.py` matches `**/migrations/**`');
		const on = prBody({ tierOverrides: { [`${PCC}/2`]: true } });
		expect(check(['--body-file', body('tiers-on.md', on), '--changed-files', files]).code).toBe(0);
	});

	it('--json for machines', () => {
		const r = check(['--json', '--body-file', body('json.md', prBody({ answers: { [firstItem({}, T1)]: { state: 'na', note: '' } } }))]);
		expect(r.code).toBe(1);
		const json = JSON.parse(r.stdout);
		expect(json).toMatchObject({ tool: 'shipshape-check', version: 1, pass: false, mode: 'shipshape', counts: { total: 17, na: 1 } });
		expect(json.findings[0]).toMatchObject({ level: 'error', rule: 'na-without-reason', item: { id: firstItem({}, T1) } });
	});

	it('with GITHUB_ACTIONS: annotations and a markdown job summary with a table of what is open', () => {
		const summary = writeTemp(dir, 'summary.md', '# earlier step\n');
		const text = prBody({ answers: { [firstItem({}, T1)]: { state: 'open' } } });
		const r = check(['--body-file', body('gha.md', text)], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/^::error title=Shipshape gate::"Shared state analysis \(concurrency check\)" \(Tier 1 - MANDATORY FOR ALL CODE\) is open/m);
		const md = readFileSync(summary, 'utf8');
		expect(md.startsWith('# earlier step\n## ❌ Shipshape gate failed\n')).toBe(true);
		expect(md).toContain('| Item | Checklist | Priority | What to do |');
		expect(md).toContain('| Shared state analysis (concurrency check) | Tier 1 - MANDATORY FOR ALL CODE |  | open: is open: tick it, or mark it N/A with a reason. |');
	});

	it('--any-checklist on a plain task list', () => {
		const plain = body('plain.md', '## Checklist\r\n- [x] Tests\r\n- [ ] Docs\r\n- [ ] ~~Migration~~\r\n');
		const r = check(['--any-checklist', '--body-file', plain]);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('Line 3: "Docs" is not ticked');
		expect(check(['--any-checklist', '--require-checklist', '--body-file', body('none.md', 'No list')]).code).toBe(1);
		expect(check(['--any-checklist', '--body-file', body('none2.md', 'No list')]).code).toBe(0);
	});

	it('--allow-missing passes a body without a block', () => {
		expect(check(['--allow-missing', '--body-file', body('missing.md', 'Hello')]).code).toBe(0);
	});

	it('--standards: a team’s own standards through the same pipeline', () => {
		const r = check(['--standards', 'tests/fixtures/gate/team-standards', '--body-file', body('team.md', 'no block')]);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('no Shipshape block');
	});
});

describe('shipshape check: bad input is exit 2 with one clear message', () => {
	const cases: Array<[string, () => string[], RegExp]> = [
		['an unknown flag', () => ['--bogus'], /Unknown option '--bogus'.*Run `shipshape check --help`/s],
		['a missing file', () => ['--body-file', join(dir, 'nope.md')], /Cannot read the PR body file ".*nope\.md": it does not exist\./],
		['two blocks', () => ['--body-file', body('two.md', `${prBody()}\n${prBody()}`)], /holds 2 Shipshape blocks/],
		['a tampered restore comment', () => ['--body-file', body('tampered.md', prBody().replace(/(<!-- shipshape:v2 )(.{24})/, '$1AAAAAAAAAAAAAAAAAAAAAAAA'))], /Line \d+: A Shipshape block was found, but its data is/],
		['a standard that fails validation', () => ['--standards', 'tests/fixtures/content', '--body-file', body('x.md', 'x')], /Invalid standard: tests\/fixtures\/content\/[a-z-]+\.md:\d+: /],
		['a glob that is not a glob', () => ['--standards', 'tests/fixtures/gate/bad-glob', '--body-file', body('y.md', 'x')], /bad-glob\.md:12: tiers\[0\]\.paths\[1\] "\*\*\/\{db,sql" is not a usable path glob/],
		['a missing standards folder', () => ['--standards', 'no/such/dir', '--body-file', body('z.md', 'x')], /Cannot read the standards folder "no\/such\/dir"/],
		['an unknown role', () => ['--required-roles', 'boss'], /"boss" is not a role/]
	];

	for (const [name, args, message] of cases) {
		it(name, () => {
			const r = check(args());
			expect(r.code).toBe(2);
			expect(r.stderr).toMatch(message);
			expect(r.stdout).toBe('');
		});
	}

	it('an unknown command, and --help', () => {
		const r = run(cli, ['lint']);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/Unknown command "lint"/);
		const help = check(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/^Usage: shipshape check \[options\]/);
	});
});
