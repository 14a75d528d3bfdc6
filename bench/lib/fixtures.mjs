/**
 * Builds the benchmark data with the app's own modules: bench/fixtures.ts is
 * bundled by esbuild ($lib → src/lib) into a temporary ESM file and imported.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadFixtures(root) {
	// Inside the project, so the bundle's bare imports (marked, jsdom) resolve from node_modules.
	const dir = resolve(root, 'node_modules/.cache/shipshape-bench');
	mkdirSync(dir, { recursive: true });
	const out = join(dir, `fixtures-${process.pid}.mjs`);
	await build({
		entryPoints: [resolve(root, 'bench/fixtures.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		outfile: out,
		alias: { $lib: resolve(root, 'src/lib') },
		packages: 'external',
		logLevel: 'error'
	});
	return import(pathToFileURL(out).href);
}

/** The bundled standards as the app fetches them. */
export const readStandards = (buildDir) => JSON.parse(readFileSync(join(buildDir, 'api/standards.json'), 'utf8'));
