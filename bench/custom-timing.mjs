#!/usr/bin/env node
/**
 * `node bench/custom-timing.mjs [--runs 3]` (after `npx vite build`): times a
 * large custom standard (bench/lib/large-standard.mjs, ~150 KB near the
 * complexity limits) in the production build with the system Chromium:
 * adding it, then opening a review that does not use it, a review that does,
 * and its reading page. Prints the figures; not part of `npm test`.
 * `--kb 1000` sets its size. `--throttle 4` slows the CPU fourfold (a phone); SHIPSHAPE_BUILD_DIR times another build.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { largeStandard } from './lib/large-standard.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, throttle: { type: 'string', default: '1' }, kb: { type: 'string', default: '150' }, port: { type: 'string', default: process.env.SHIPSHAPE_TEST_PORT ?? '4320' } } });
const runs = Number(args.runs);
const url = `http://localhost:${args.port}`;
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: args.port }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const ms = (t0) => Math.round(performance.now() - t0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Start a review (with the large standard or not), then time opening its page afresh until the first checkbox shows. */
async function timeReview(page, pr, useLarge) {
	await page.goto(`${url}/review/new?role=reviewer`, { waitUntil: 'networkidle' });
	await page.getByLabel('Pull request').fill(pr);
	if (useLarge) {
		const box = page.getByRole('checkbox', { name: 'Area 1 · 39 items', exact: true, includeHidden: true });
		await box.waitFor({ state: 'attached' });
		await box.evaluate((el) => (el.closest('details').open = true));
		await box.check();
	}
	await page.getByRole('button', { name: 'Start review' }).click();
	await page.waitForURL(/\/review\/[0-9a-f-]{36}/);
	const reviewUrl = page.url();
	await page.goto(`${url}/standards`);
	await throttle(true);
	const t0 = performance.now();
	await page.goto(reviewUrl);
	await page.getByRole('checkbox').first().waitFor();
	const took = ms(t0);
	await throttle(false);
	return took;
}

let cdp;
/** Only the timed steps run slowed down: filling 150 KB into a field at a phone's speed would take minutes. */
const throttle = (on) => cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? Number(args.throttle) : 1 });

const browser = await chromium.launch({ executablePath: findChromium()?.path, args: ['--disable-gpu', '--no-first-run'] });
const figures = { reviewNoCustom: [], add: [], reviewWithout: [], reviewWith: [], reading: [] };
try {
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		cdp = await context.newCDPSession(page);
		page.setDefaultTimeout(120_000);
		figures.reviewNoCustom.push(await timeReview(page, `org/repo#${run * 3 + 1}`, false));
		await page.goto(`${url}/standards`);
		await page.getByText('Add a standard').click();
		await page.getByLabel('Title (optional if the markdown starts with a heading)').fill('Large');
		await page.getByLabel('Markdown', { exact: true }).fill(largeStandard({ targetBytes: Number(args.kb) * 1024 }));
		await throttle(true);
		let t0 = performance.now();
		await page.getByRole('button', { name: 'Add standard' }).click();
		await page.getByRole('status').filter({ hasText: 'Added Large' }).waitFor();
		figures.add.push(ms(t0));
		await throttle(false);

		figures.reviewWithout.push(await timeReview(page, `org/repo#${run * 3 + 2}`, false));
		figures.reviewWith.push(await timeReview(page, `org/repo#${run * 3 + 3}`, true));
		await throttle(true);
		t0 = performance.now();
		await page.goto(`${url}/standards/custom/custom-large`);
		await page.getByRole('heading', { name: 'Area 50' }).waitFor();
		figures.reading.push(ms(t0));
		await throttle(false);
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}
for (const [name, values] of Object.entries(figures)) console.log(`${name.padEnd(14)} median ${String(median(values)).padStart(6)} ms   runs ${values.join(', ')}`);
