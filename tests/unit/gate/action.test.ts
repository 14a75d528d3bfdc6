/**
 * The Action end to end: its bundled entry run as GitHub runs it (node
 * dist/action.js) on a recorded pull_request event payload, inputs as
 * INPUT_* variables, the job summary in a temp file. No network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshBundles, run, tempDir, writeTemp } from './gate-process';

const EVENT = 'tests/fixtures/gate/pull_request.json';
let bundles: string;
let dir: string;

beforeAll(async () => {
	bundles = await freshBundles();
	dir = tempDir();
}, 60_000);

function action(inputs: Record<string, string>, event = EVENT) {
	const summary = writeTemp(dir, `summary-${Math.random().toString(36).slice(2)}.md`, '');
	const env: Record<string, string> = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_STEP_SUMMARY: summary };
	for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
	const r = run(join(bundles, 'action.js'), [], env);
	return { ...r, summary: readFileSync(summary, 'utf8') };
}

/** The recorded event with its body edited, as a person edits it on GitHub. */
function editedEvent(edit: (body: string) => string): string {
	const event = JSON.parse(readFileSync(EVENT, 'utf8'));
	event.pull_request.body = edit(event.pull_request.body);
	return writeTemp(dir, `event-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(event));
}

describe('GitHub Action on a recorded pull_request event', () => {
	it('passes the recorded PR and writes the job summary', () => {
		const r = action({ 'allow-missing': 'false', 'any-checklist': 'false', 'require-checklist': 'false' });
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Shipshape gate: PASS — author review of acme/api#42');
		expect(r.summary).toContain('## ✅ Shipshape gate passed');
		expect(r.summary).toContain('17 items: 16 done, 1 N/A, 0 failed, 0 open');
	});

	it('fails a box unticked on GitHub, with an annotation and the open item in the summary table', () => {
		const r = action({}, editedEvent((b) => b.replace('- [x] Tenant isolation verified', '- [ ] Tenant isolation verified')));
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/^::error title=Shipshape gate::"Tenant isolation verified" \(PR Self-QA Checklist\) is open/m);
		expect(r.summary).toContain('| Tenant isolation verified | PR Self-QA Checklist |  | open: is open: tick it, or mark it N/A with a reason. |');
	});

	it('requires the tiers of the changed files', () => {
		const changed = writeTemp(dir, 'changed.txt', 'src/auth/token.py\n');
		const r = action({ 'changed-files': changed });
		expect(r.code).toBe(1);
		expect(r.summary).toContain('Tier 3: `src/auth/token.py` matches `**/auth/**`');
	});

	it('skips a PR with the skip label', () => {
		const r = action({ 'skip-label': 'enhancement', 'changed-files': writeTemp(dir, 'c2.txt', 'db/migrations/1.py\n') });
		expect(r.code).toBe(0);
		expect(r.summary).toContain('The gate was skipped: the PR has the label "enhancement".');
	});

	it('required roles and checklists', () => {
		const r = action({ 'required-roles': 'author, reviewer' });
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('A reviewer review is required');
	});

	it('any-checklist: one line to switch from mheap/require-checklist-action', () => {
		const plain = editedEvent(() => '## Checklist\r\n- [x] Tests\r\n- [ ] ~~Docs~~\r\n- [ ] Changelog\r\n');
		const r = action({ 'any-checklist': 'true' }, plain);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('::error title=Shipshape gate::Line 4: "Changelog" is not ticked.');
		const none = editedEvent(() => 'No list');
		expect(action({ 'any-checklist': 'true', 'require-checklist': 'true' }, none).code).toBe(1);
	});

	it('bad input: exit 2, an annotation and a summary that say what to do', () => {
		const r = action({ 'allow-missing': 'maybe' });
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('::error title=Shipshape gate::The input "allow-missing" must be true or false, not "maybe". Fix it in the workflow (with: allow-missing: true).\n');
		const push = writeTemp(dir, 'push.json', JSON.stringify({ ref: 'refs/heads/main', commits: [] }));
		const p = action({}, push);
		expect(p.code).toBe(2);
		expect(p.stderr).toContain('The GitHub event is not about a pull request');
		expect(p.summary).toContain('Shipshape gate could not run');
	});
});

describe('dist/ is up to date', () => {
	it('the committed bundles equal a fresh build (run `npm run build:gate` and commit dist/)', () => {
		for (const name of ['shipshape.mjs', 'action.js']) {
			const committed = readFileSync(join('dist', name), 'utf8');
			expect(readFileSync(join(bundles, name), 'utf8') === committed, `dist/${name} is out of date`).toBe(true);
		}
	});

	it('action.yml runs the bundled entry on Node 24', () => {
		const yml = readFileSync('action.yml', 'utf8');
		expect(yml).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/action\.js/);
		for (const input of ['standards', 'required-roles', 'required-checklists', 'allow-missing', 'skip-label', 'any-checklist', 'require-checklist', 'changed-files']) {
			expect(yml).toContain(`\n  ${input}:\n`);
		}
	});
});
