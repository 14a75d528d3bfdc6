import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './helpers';

// A second server over a copy of the build, so the test can "deploy" a new
// version (a changed service worker) without touching the shared one.
const PORT = Number(process.env.SHIPSHAPE_TEST_PORT ?? 4174) + 50;
let dir = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'shipshape-update-'));
	cpSync(process.env.SHIPSHAPE_BUILD_DIR ?? 'build', dir, { recursive: true });
	server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT), SHIPSHAPE_BUILD_DIR: dir, SHIPSHAPE_SERVE_DEV: '1' }, stdio: 'ignore' });
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(`http://localhost:${PORT}/`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('update test server did not start');
});

test.afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

/** A deploy writes every file anew: the precompressed copies of the old sw.js go with it. */
function deployNewVersion() {
	const sw = join(dir, 'sw.js');
	appendFileSync(sw, `\n// deployed ${Date.now()}\n`);
	for (const old of [`${sw}.br`, `${sw}.gz`]) rmSync(old, { force: true });
}

test('a new version says "Update available" and reloads only when asked, never under unsaved input', async ({ page }) => {
	const base = `http://localhost:${PORT}`;
	await page.goto(`${base}/review/new`);
	await waitForServiceWorker(page);
	await page.getByLabel('Pull request').fill('acme/typing#1');

	deployNewVersion();
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	const prompt = page.getByRole('status').filter({ hasText: 'Update available.' });
	await expect(prompt).toBeVisible();

	// Unsaved input: the reload waits.
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(prompt).toContainText('Finish or clear what you are typing first');
	await expect(page.getByLabel('Pull request')).toHaveValue('acme/typing#1');

	await page.getByLabel('Pull request').fill('');
	const reloaded = page.waitForEvent('framenavigated');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.getByRole('heading', { name: 'New review' })).toBeVisible();
	await expect(page.getByText('Update available.')).toHaveCount(0);
});
