/** Median and p95 (nearest rank) of repeated measurements, and the printed table. */
export function summarize(values) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return { n: 0, median: null, p95: null };
	const rank = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
	const mid = v.length / 2;
	const median = v.length % 2 ? v[Math.floor(mid)] : (v[mid - 1] + v[mid]) / 2;
	return { n: v.length, median: round(median), p95: round(rank(0.95)) };
}

const round = (x) => Math.round(x * 100) / 100;

/** budget: { max } or { min }; met when the p95 (the worst-side figure) is within it. */
export function check(stat, budget) {
	if (!budget || stat.median === null) return null;
	if (budget.max !== undefined) return stat.p95 <= budget.max;
	return stat.p95 >= budget.min;
}

export function printTable(figures) {
	const rows = figures.map((f) => [
		f.name,
		f.budget ? (f.budget.max !== undefined ? `≤ ${f.budget.max}` : `≥ ${f.budget.min}`) : '',
		fmt(f.median),
		fmt(f.p95),
		f.unit,
		String(f.n),
		f.met === null ? '' : f.met ? 'yes' : 'NO'
	]);
	const head = ['figure', 'budget', 'median', 'p95', 'unit', 'n', 'met'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}

const fmt = (x) => (x === null || x === undefined ? '—' : String(x));
