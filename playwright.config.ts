import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with scripts/test-all.mjs
import { findChromium } from './scripts/find-chromium.mjs';

const PORT = Number(process.env.SHIPSHAPE_TEST_PORT ?? 4174);
const browser = findChromium() as { path?: string };

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 45_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: browser.path,
			// Without these, Chromium keeps calling home, and this machine's
			// closed network refuses each attempt.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-gpu'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// Always the production build (never the dev server): the service worker and
	// prerendered pages are what users get.
	webServer: {
		command: `node scripts/serve.mjs`,
		url: `http://localhost:${PORT}`,
		env: { PORT: String(PORT) },
		reuseExistingServer: false,
		timeout: 60_000
	}
});
