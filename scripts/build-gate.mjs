/**
 * Bundles the PR gate for plain Node (no $lib aliases, no TypeScript): the
 * `shipshape` command (dist/shipshape.mjs, package.json "bin") and the GitHub
 * Action's entry (dist/action.js, action.yml). The bundled standards are
 * inlined, so the bundle gates with the same content the app ships.
 * dist/ is committed (actions/typescript-action convention); a unit test
 * rebuilds into a temp folder and fails when dist/ is out of date.
 *
 *   node scripts/build-gate.mjs [outdir]     (default: dist)
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('esbuild').Plugin} */
const standardsPlugin = {
	name: 'shipshape-standards',
	setup(b) {
		b.onResolve({ filter: /^virtual:shipshape-standards$/ }, () => ({ path: 'standards', namespace: 'shipshape' }));
		b.onLoad({ filter: /.*/, namespace: 'shipshape' }, () => {
			const dir = join(root, 'content/standards');
			const files = readdirSync(dir)
				.filter((n) => n.endsWith('.md'))
				.sort()
				.map((n) => ({ file: `content/standards/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
			return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchFiles: files.map((f) => join(root, f.file)) };
		});
	}
};

// CommonJS dependencies (picomatch) may require Node built-ins: give the ESM bundle a require.
const banner = "import { createRequire as __shipshapeRequire } from 'node:module';\nconst require = __shipshapeRequire(import.meta.url);";

/** @param {string} [outdir] */
export async function buildGate(outdir = join(root, 'dist')) {
	/** @type {import('esbuild').BuildOptions} */
	const common = {
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		absWorkingDir: root,
		alias: { $lib: join(root, 'src/lib') },
		plugins: [standardsPlugin],
		legalComments: 'none',
		logLevel: 'warning',
		charset: 'utf8'
	};
	await build({ ...common, entryPoints: ['cli/shipshape.ts'], outfile: join(outdir, 'shipshape.mjs'), banner: { js: `#!/usr/bin/env node\n${banner}` } });
	await build({ ...common, entryPoints: ['action/main.ts'], outfile: join(outdir, 'action.js'), banner: { js: banner } });
	return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const out = await buildGate(process.argv[2] ? resolve(process.argv[2]) : undefined);
	console.log(`Gate bundles written to ${out}/ (shipshape.mjs, action.js)`);
}
