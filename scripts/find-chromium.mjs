/**
 * Finds a Chrome/Chromium for Playwright: an explicit CHROMIUM_PATH, a system
 * browser (Debian's /usr/bin/chromium here, Chrome on a laptop), or
 * Playwright's own download if one is installed. Returns undefined when none
 * is found, so the caller can fall back to `npx playwright install chromium`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
	'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
];

/** @returns {{ path: string | undefined, system: boolean }} */
export function findChromium() {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit && existsSync(explicit)) return { path: explicit, system: true };
	const system = CANDIDATES.find((p) => existsSync(p));
	if (system) return { path: system, system: true };
	try {
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return { path: undefined, system: false };
	} catch {
		// Playwright has no browser of its own installed: fall through.
	}
	return { path: undefined, system: false, missing: true };
}
