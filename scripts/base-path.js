/**
 * The sub-path the app is served under (GitHub Pages project sites live at
 * /<repo>/): `BASE_PATH=/shipshape npm run build`. Empty for a site at the
 * root. Read by svelte.config.js (kit.paths.base), the PWA options (service
 * worker scope, manifest, fallback) and scripts/serve.mjs.
 */
export function basePath(value = process.env.BASE_PATH ?? '') {
	const trimmed = value.trim().replace(/\/+$/, '');
	if (trimmed === '') return '';
	if (!/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed) || trimmed.includes('//')) {
		throw new Error(`BASE_PATH "${value}" is not a path: use one that starts with "/", such as BASE_PATH=/shipshape (GitHub Pages: /<repository name>).`);
	}
	return trimmed;
}

/** Where the build is written: build/ unless SHIPSHAPE_BUILD_DIR says otherwise (the base-path browser tests use their own). */
export const buildDir = () => process.env.SHIPSHAPE_BUILD_DIR || 'build';
