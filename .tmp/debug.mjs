import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '/work/wt/custom/scripts/find-chromium.mjs';
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4320' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium()?.path });
const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
try {
	await page.goto('http://localhost:4320/review/new?role=reviewer');
	await page.getByLabel('Pull request').fill('org/repo#1');
	await page.getByRole('button', { name: 'Start review' }).click();
	await page.waitForURL(/\/review\/[0-9a-f-]{36}/, { timeout: 10000 });
	console.log('ok', page.url());
} catch (e) { console.log('ERR', e.message.split('\n')[0]); await page.screenshot({ path: '/tmp/custom-debug.png' }); console.log(await page.locator('main').innerText()); }
await browser.close(); server.kill();
