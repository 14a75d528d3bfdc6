/**
 * Build-time only, off unless SHIPSHAPE_BUNDLE_REPORT is set: writes which
 * source modules each client chunk holds (rendered bytes per module) to
 * .svelte-kit/bundle-modules.json, for bench/bundle-report.mjs. SvelteKit's
 * client build reads vite.config.ts again, so the plugin has to live there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

export const BUNDLE_MODULES_FILE = '.svelte-kit/bundle-modules.json';

/** @returns {import('vite').Plugin} */
export function bundleModules() {
	return {
		name: 'shipshape-bundle-modules',
		apply: (_config, env) => env.command === 'build' && Boolean(process.env.SHIPSHAPE_BUNDLE_REPORT),
		generateBundle(options, bundle) {
			if (!options.dir?.includes('client')) return;
			/** @type {Record<string, object>} */
			const chunks = {};
			for (const out of Object.values(bundle)) {
				if (out.type !== 'chunk') continue;
				const modules = Object.entries(out.modules)
					.map(([id, m]) => /** @type {[string, number]} */ ([shortId(id), m.renderedLength]))
					.filter((entry) => entry[1] > 0)
					.sort((a, b) => b[1] - a[1]);
				chunks[out.fileName] = { name: out.name, facade: out.facadeModuleId && shortId(out.facadeModuleId), imports: out.imports, dynamicImports: out.dynamicImports, modules };
			}
			mkdirSync(dirname(BUNDLE_MODULES_FILE), { recursive: true });
			writeFileSync(BUNDLE_MODULES_FILE, JSON.stringify(chunks, null, '\t'));
		}
	};
}

/** @param {string} id */
function shortId(id) {
	const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
	const nm = clean.lastIndexOf('node_modules/');
	return nm >= 0 ? clean.slice(nm + 'node_modules/'.length) : relative(process.cwd(), clean);
}
