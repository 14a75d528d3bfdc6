import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';
import { basePath } from './base-path.js';

// Everything the worker and the manifest point at lives under the base path.
const base = basePath();

// Kept apart from vite.config.ts so the benchmark and tests can read the
// same manifest and precache rules the build uses.
export const pwaOptions: Partial<SvelteKitPWAOptions> = {
	registerType: 'prompt',
	strategies: 'generateSW',
	// Registration happens in src/lib/pwa (injectRegister does nothing in SvelteKit).
	injectRegister: false,
	// Absolute: SvelteKit's relative base would register /review/sw.js from /review/new.
	base: `${base}/`,
	scope: `${base}/`,
	includeAssets: ['favicon.svg', 'robots.txt'],
	manifest: {
		name: 'Shipshape — review workbook',
		short_name: 'Shipshape',
		description:
			'Your team’s engineering standards as tiered checklists: review a PR, write the commit message, read the standards. Works offline.',
		start_url: `${base}/`,
		scope: `${base}/`,
		display: 'standalone',
		background_color: '#f7f8fa',
		theme_color: '#1f4e79',
		icons: [
			{ src: `${base}/pwa-64x64.png`, sizes: '64x64', type: 'image/png' },
			{ src: `${base}/pwa-192x192.png`, sizes: '192x192', type: 'image/png' },
			{ src: `${base}/pwa-512x512.png`, sizes: '512x512', type: 'image/png' },
			{ src: `${base}/maskable-icon-512x512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	},
	kit: {
		// Mirrors svelte.config.js: trailingSlash default ('never') and the adapter fallback.
		trailingSlash: 'never',
		adapterFallback: '200.html',
		// The adapter writes 200.html itself (not under prerendered/): `spa` adds it
		// to the precache so session deep links open offline.
		spa: true
	},
	workbox: {
		// Prerendered __data.json is fetched on client-side navigation: without it
		// offline navigation breaks (DESIGN.md, "Service worker precache").
		globPatterns: [
			'client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}',
			'prerendered/**/*.{html,json}'
		],
		navigateFallback: `${base}/200.html`,
		// SvelteKit asks for __data.json?x-sveltekit-invalidated=…, and pages take
		// ?role= / ?from= / ?existing= / ?hl= (search words to mark): match the precached file without them.
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^x-sveltekit-invalidated$/, /^x-sveltekit-trailing-slash$/, /^role$/, /^from$/, /^existing$/, /^hl$/],
		navigateFallbackDenylist: [new RegExp(`^${base.replace(/[.]/g, '\\.')}/api/`)],
		cleanupOutdatedCaches: true,
		maximumFileSizeToCacheInBytes: 4 * 1024 * 1024
	},
	devOptions: { enabled: false }
};
