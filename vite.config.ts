/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { pwaOptions } from './scripts/pwa-options';
import { bundleModules } from './scripts/bundle-modules.mjs';

export default defineConfig({
	plugins: [sveltekit(), SvelteKitPWA(pwaOptions), bundleModules()],
	build: {
		rollupOptions: {
			output: {
				// Svelte's runtime as one chunk: every page loads nearly all of it, and as ~15
				// small shared chunks it cost each page 2–3 KB gz more (per-file overhead, no
				// shared compression context). SvelteKit's own runtime stays as Kit splits it:
				// merged, the session page's code started loading before the load event.
				manualChunks: (id) => (/node_modules\/(svelte|esm-env|clsx)\//.test(id) ? 'svelte' : undefined)
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
