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

const BROWSER_HINT =
	'No browser for the browser tests: install Chrome or Chromium (Debian: apt-get install chromium), ' +
	'or set CHROMIUM_PATH=/path/to/chrome, or run `npx playwright install chromium` with internet.';

/** Lines said just before the closing summary line. */
const notes = [];

function canApt() {
	return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** A system browser, else Playwright's download, else (root with apt-get, as .ci/run does) Debian's chromium. */
let browserReady;
function ensureBrowser() {
	browserReady ??= findOrInstallBrowser();
	return browserReady;
}

function findOrInstallBrowser() {
	const found = findChromium();
	if (found.path || !found.missing) return true;
	console.log('No Chrome/Chromium found: installing Playwright’s Chromium (needs internet).');
	if (run('browser install', 'npx', ['playwright', 'install', 'chromium'])) return true;
	if (canApt()) {
		console.log('Playwright’s download failed: installing Debian’s chromium with apt-get.');
		const ok = run('apt-get chromium', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
		if (ok && findChromium().path) return true;
	}
	notes.push(BROWSER_HINT);
	return false;
}

/** Titles of the tests that passed only when retried, from Playwright's JSON report. */
function flakyTests(suites = [], trail = []) {
	return suites.flatMap((suite) => {
		const here = suite.title && !suite.title.endsWith('.ts') ? [...trail, suite.title] : trail;
		const own = (suite.specs ?? []).flatMap((spec) =>
			(spec.tests ?? []).filter((t) => t.status === 'flaky').map(() => `${spec.file}: ${[...here, spec.title].join(' › ')}`)
		);
		return [...own, ...flakyTests(suite.suites, here)];
	});
}

function browserTests(label, config, reportFile) {
	if (!ensureBrowser()) return void (totals.failed += 1);
	const ok = run(label, 'npx', ['playwright', 'test', '-c', config]);
	const report = readJson(reportFile);
	if (!report?.stats) return void (totals.failed += 1);
	const { expected, unexpected, flaky } = report.stats;
	// A test that needed its retry passed, but only by luck: count it, and say so.
	totals.passed += expected + flaky;
	totals.failed += unexpected + (ok || unexpected ? 0 : 1);
	if (flaky > 0) notes.push(`${flaky} flaky (passed only on retry; fix them): ${flakyTests(report.suites).join('; ')}`);
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
console.log('');
for (const note of notes) console.log(note);
console.log(line);
process.exit(totals.failed === 0 ? 0 : 1);
