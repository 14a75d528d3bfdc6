/**
 * `npm test`: type check, unit tests (the PR gate's CLI and Action run as
 * processes among them), production build, browser tests, a second build
 * under a base path (/shipshape) with its own browser tests, then
 * one closing line `N passed, N failed` with the totals of every runner.
 * A failing type check or build counts as one failure and skips what needs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const totals = { passed: 0, failed: 0 };
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

function gate(label, command, args) {
	const ok = run(label, command, args);
	if (ok) totals.passed += 1;
	else totals.failed += 1;
	return ok;
}

function unitTests() {
	const ok = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
	const report = readJson('test-results/unit.json');
	if (!report) return void (totals.failed += 1);
	totals.passed += report.numPassedTests;
	totals.failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
}

function ensureBrowser() {
	const found = findChromium();
	if (found.path || !found.missing) return true;
	console.log('No Chrome/Chromium found: installing Playwright’s Chromium (needs internet).');
	return run('browser install', 'npx', ['playwright', 'install', 'chromium']);
}

function browserTests(label, config, reportFile) {
	if (!ensureBrowser()) return void (totals.failed += 1);
	const ok = run(label, 'npx', ['playwright', 'test', '-c', config]);
	const report = readJson(reportFile);
	if (!report?.stats) return void (totals.failed += 1);
	const { expected, unexpected, flaky } = report.stats;
	totals.passed += expected + flaky;
	totals.failed += unexpected + (ok || unexpected ? 0 : 1);
}

/** One more build, served under a sub-path as GitHub Pages serves a project site, and its browser tests. */
function basePathTests() {
	const env = { BASE_PATH: '/shipshape', SHIPSHAPE_BUILD_DIR: 'build-base' };
	const built = run('build with BASE_PATH=/shipshape', 'npx', ['vite', 'build'], env);
	if (!built) return void (totals.failed += 1);
	totals.passed += 1;
	browserTests('browser tests (base path)', 'playwright.base.config.ts', 'test-results/e2e-base.json');
}

const checked = gate('type check', 'npm', ['run', 'check']);
unitTests();
const built = checked && gate('build', 'npx', ['vite', 'build']);
if (built) browserTests('browser tests', 'playwright.config.ts', 'test-results/e2e.json');
if (built) basePathTests();
else if (!existsSync('.svelte-kit/output')) console.log('Skipping browser tests: no build.');

const line = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync('test-results/summary.txt', line + '\n');
console.log(`\n${line}`);
process.exit(totals.failed === 0 ? 0 : 1);
