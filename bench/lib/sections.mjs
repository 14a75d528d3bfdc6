/**
 * The benchmark's sections: each runs its measurements (`run`) and turns the
 * raw numbers into figures with their budgets (`figures`).
 */
import { launch, newContext, restoreThroughSettings, settle } from './browser.mjs';
import { firstLoad, precacheSize } from './bytes.mjs';
import { measureRawPut, measureTicks } from './ticks.mjs';
import { homeList, searchKeystrokes, sessionFromList, sessionLoad } from './render.mjs';
import { exportBackup } from './backup.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { summarize } from './stats.mjs';

const KB = (b) => Math.round((b / 1024) * 10) / 10;
const fig = (name, unit, values, budget) => ({ name, unit, values, budget });
const ITEMS = 500;
const SESSIONS = 10_000;
const WATCHES = [
	{ name: 'items', selector: 'li[data-item-id]', count: ITEMS },
	{ name: 'rows', selector: 'ul[aria-label="Reviews"] > li', count: 50 }
];

async function withBrowser(fn) {
	const browser = await launch();
	try {
		return await fn(browser);
	} finally {
		await browser.close();
	}
}

const bytes = {
	async run({ baseURL, buildDir, fixtures, standards, runs }) {
		const seed = fixtures.plainSessionBackup(standards);
		const reading = [['reading:index', '/standards'], ...standards.map((s) => [`reading:${s.slug}`, `/standards/${s.slug}`])];
		const pages = [['home', '/'], ...reading, ['session', `/review/${seed.sessionId}`]];
		const loads = Object.fromEntries(pages.map(([n]) => [n, []]));
		await withBrowser(async (browser) => {
			const context = await newContext(browser, baseURL);
			const page = await context.newPage();
			await restoreThroughSettings(page, seed.json);
			for (let r = 0; r < runs; r++) for (const [n, path] of pages) loads[n].push(await firstLoad(page, path));
			await context.close();
		});
		return { loads, precache: precacheSize(buildDir) };
	},
	figures({ loads, precache }) {
		const reading = Object.keys(loads).filter((n) => n.startsWith('reading:'));
		// Per run, the heaviest reading page: the budget applies to every one.
		const worst = (kind) => loads.home.map((_, r) => Math.max(...reading.map((n) => loads[n][r][kind])));
		const per = (n, kind) => loads[n].map((l) => KB(l[kind]));
		// Issue 10's budgets: JS before `load` / by network idle (incl. after-load imports), per page.
		return [
			fig('first-load JS before load event: home /', 'KB gz', per('home', 'js'), { max: 45 }),
			fig('first-load CSS: home /', 'KB gz', per('home', 'css')),
			fig('first-load JS incl. after-load imports: home /', 'KB gz', per('home', 'jsAll'), { max: 80 }),
			fig('first-load JS before load event: reading page (heaviest of /standards and each standard)', 'KB gz', worst('js').map(KB), { max: 45 }),
			fig('first-load CSS: reading page (heaviest)', 'KB gz', worst('css').map(KB)),
			fig('JS incl. imports once idle: reading page (heaviest)', 'KB gz', worst('jsAll').map(KB), { max: 80 }),
			fig('first-load JS before load event: session page', 'KB gz', per('session', 'js'), { max: 75 }),
			fig('first-load CSS: session page', 'KB gz', per('session', 'css')),
			fig('first-load JS incl. after-load imports: session page', 'KB gz', per('session', 'jsAll'), { max: 80 }),
			fig(`precache (${precache.entries} entries, raw ${KB(precache.raw)} KB)`, 'KB gz', [KB(precache.gzip)])
		];
	}
};

const ticks = {
	async run({ baseURL, fixtures, runs, ticks: count }) {
		const big = fixtures.bigSessionBackup(ITEMS);
		return withBrowser(async (browser) => {
			const context = await newContext(browser, baseURL, { config: { watches: WATCHES, observe: true } });
			const page = await context.newPage();
			await restoreThroughSettings(page, big.json);
			await sessionLoad(page, big.sessionId); // warm the HTTP cache
			const load = [];
			const fromList = [];
			for (let r = 0; r < runs; r++) load.push(await sessionLoad(page, big.sessionId));
			for (let r = 0; r < runs; r++) fromList.push(await sessionFromList(page, big.sessionId));
			await sessionLoad(page, big.sessionId);
			await settle(page);
			const t = await measureTicks(page, count, ITEMS);
			const rawPut = await measureRawPut(page, big.sessionId, count);
			await context.close();
			return { items: big.itemCount, load, fromList, ...t, rawPut };
		});
	},
	figures(d) {
		const p = summarize(d.persisted);
		const f = summarize(d.rawPut);
		const ratio = { n: p.n, median: round(p.median / f.median), p95: round(p.p95 / f.p95) };
		return [
			fig('tick → persisted', 'ms', d.persisted, { max: 16 }),
			fig('raw IndexedDB put (floor)', 'ms', d.rawPut),
			{ ...fig('tick → persisted ÷ raw put', '×', [], { max: 3 }), stat: ratio },
			fig(`tick interaction latency (${d.items} items; <16 counted as 16)`, 'ms', d.latency, { max: 50 }),
			fig(`${d.items}-item session: click in list → rows painted`, 'ms', d.fromList, { max: 100 }),
			fig(`${d.items}-item session: navigation start → rows painted`, 'ms', d.load)
		];
	}
};

const round = (x) => Math.round(x * 100) / 100;

const list = {
	async run({ baseURL, fixtures, standards, runs }) {
		const { sessions, answers } = fixtures.manySessions(standards, SESSIONS);
		const json = JSON.stringify({ type: 'shipshape-backup', version: 1, exportedAt: '2026-01-15T12:00:00.000Z', sessions, answers, customStandards: [], reading: [] });
		return withBrowser(async (browser) => {
			const context = await newContext(browser, baseURL, { config: { watches: WATCHES, observe: true } });
			const page = await context.newPage();
			const seedMs = await restoreThroughSettings(page, json);
			await homeList(page); // warm the HTTP cache
			const first = [];
			const search = [];
			for (let r = 0; r < runs; r++) {
				first.push(await homeList(page));
				await settle(page);
				search.push(...(await searchKeystrokes(page, ['zeta', 'flaky', '#4242'])));
			}
			await context.close();
			return { seedBytes: json.length, seedMs, first, search };
		});
	},
	figures: (d) => [
		fig(`${SESSIONS} sessions: navigation start → first 50 rows painted`, 'ms', d.first, { max: 200 }),
		fig(`${SESSIONS} sessions: search keystroke → list settled`, 'ms', d.search, { max: 50 })
	]
};

const backup = {
	async run({ baseURL, fixtures, standards, runs }) {
		const b = fixtures.backupOfSize(standards, 5 * 1024 * 1024);
		const big = fixtures.manyAnswersBackup(standards, 100_000);
		const restore = [];
		const exp = [];
		const restoreBig = [];
		await withBrowser(async (browser) => {
			for (let r = 0; r < runs; r++) {
				const context = await newContext(browser, baseURL, { acceptDownloads: true });
				const page = await context.newPage();
				restore.push(await restoreThroughSettings(page, b.json));
				exp.push(await exportBackup(page));
				await context.close();
			}
			for (let r = 0; r < runs; r++) {
				const context = await newContext(browser, baseURL);
				const page = await context.newPage();
				restoreBig.push(await restoreThroughSettings(page, big.json));
				await context.close();
			}
		});
		return {
			bytes: b.json.length,
			sessions: b.sessions,
			answers: b.answers,
			restore,
			export: exp,
			big: { bytes: big.json.length, sessions: big.sessions, answers: big.answers, restore: restoreBig }
		};
	},
	figures: (d) => [
		fig(`restore ${KB(d.bytes)} KB backup (${d.sessions} reviews, ${d.answers} answers)`, 'ms', d.restore, { max: 1500 }),
		fig('export the same backup', 'ms', d.export.map((e) => e.ms)),
		fig(`restore ${d.big.answers} answers (${d.big.sessions} reviews, ${KB(d.big.bytes)} KB)`, 'ms', d.big.restore, { max: 8000 })
	]
};

const lighthouseSection = {
	async run({ baseURL, fixtures, standards, lhRuns }) {
		const seed = fixtures.plainSessionBackup(standards);
		const pages = [
			{ name: 'home', path: '/' },
			{ name: 'standards', path: '/standards' },
			{ name: 'reading', path: `/standards/${standards[0].slug}` },
			{ name: 'session', path: `/review/${seed.sessionId}` }
		];
		return runLighthouse(baseURL, pages, lhRuns, seed.json);
	},
	figures: (d) =>
		Object.entries(d).flatMap(([page, r]) => [
			// The review core's budget for a session page is 95; the other pages' 98.
			fig(`Lighthouse ${page}: performance`, 'score', r.performance, { min: page === 'session' ? 95 : 98 }),
			fig(`Lighthouse ${page}: accessibility`, 'score', r.accessibility, { min: 100 }),
			fig(`Lighthouse ${page}: best practices`, 'score', r['best-practices'], { min: 100 })
		])
};

export const SECTIONS = { bytes, ticks, list, backup, lighthouse: lighthouseSection };
