#!/usr/bin/env node
/**
 * `npm run bench [-- --no-build --runs 5 --ticks 200 --lh-runs 3 --only bytes,ticks,list,backup,lighthouse]`
 * Builds, serves the production build on a free port, drives the system
 * Chromium, prints the figures against the budgets (README "Performance")
 * and writes bench/results.json. Not part of `npm test`.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadFixtures, readStandards } from './lib/fixtures.mjs';
import { serve } from './lib/server.mjs';
import { summarize, check, printTable } from './lib/stats.mjs';
import { SECTIONS } from './lib/sections.mjs';

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		ticks: { type: 'string', default: '200' },
		'lh-runs': { type: 'string', default: '3' },
		only: { type: 'string', default: Object.keys(SECTIONS).join(',') }
	}
});

const root = process.cwd();
const buildDir = resolve(root, process.env.SHIPSHAPE_BUILD_DIR ?? 'build');
if (!args['no-build']) execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const opts = { runs: Number(args.runs), ticks: Number(args.ticks), lhRuns: Number(args['lh-runs']) };
const fixtures = await loadFixtures(root);
const standards = readStandards(buildDir);
const server = await serve(root, buildDir);
const raw = {};
try {
	for (const name of args.only.split(',')) {
		const section = SECTIONS[name];
		if (!section) throw new Error(`Unknown section "${name}"; one of ${Object.keys(SECTIONS).join(', ')}`);
		const t0 = Date.now();
		raw[name] = await section.run({ baseURL: server.url, buildDir, fixtures, standards, ...opts });
		console.error(`[bench] ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	}
} finally {
	server.stop();
}

const figures = Object.entries(raw).flatMap(([name, data]) => SECTIONS[name].figures(data));
for (const f of figures) {
	Object.assign(f, f.stat ?? summarize(f.values));
	f.met = check(f, f.budget);
	delete f.stat;
}
printTable(figures);
const out = join(root, 'bench/results.json');
writeFileSync(
	out,
	JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version }, options: opts, figures, details: raw }, null, '\t') + '\n'
);
console.log(`\nWrote ${out}`);
