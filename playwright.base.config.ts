/**
 * Browser tests of a build served under a sub-path, as GitHub Pages serves a
 * project site: `BASE_PATH=/shipshape SHIPSHAPE_BUILD_DIR=build-base npx vite build`,
 * then `npx playwright test -c playwright.base.config.ts`. scripts/test-all.mjs
 * does both.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export const BASE_PATH = '/shipshape';
const PORT = Number(process.env.SHIPSHAPE_BASE_TEST_PORT ?? Number(process.env.SHIPSHAPE_TEST_PORT ?? 4174) + 1);

export default defineConfig({
	...base,
	testDir: 'tests/e2e-base',
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e-base.json' }]],
	use: { ...base.use, baseURL: `http://localhost:${PORT}` },
	webServer: {
		command: 'node scripts/serve.mjs',
		url: `http://localhost:${PORT}${BASE_PATH}/`,
		env: { PORT: String(PORT), BASE_PATH, SHIPSHAPE_BUILD_DIR: 'build-base' },
		reuseExistingServer: false,
		timeout: 60_000
	}
});
