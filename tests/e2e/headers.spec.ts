import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/standards', '/standards/production-code-checklist', '/review/new', '/settings', '/review/some-session-link', '/nope'];

test('every page is served with the CSP (frame-ancestors none) and the usual security headers, and still runs', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	for (const path of PAGES) {
		const response = await page.goto(path);
		const headers = response?.headers() ?? {};
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy'], path).toContain("object-src 'none'");
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('no-referrer');
		// Hydrated: the header's script hashes allow each page's own bootstrap.
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	expect(violations).toEqual([]);
});

test('the app cannot be framed by another site', async ({ page, baseURL }) => {
	// Another origin on this machine frames the app. A real server: Chromium refuses
	// pages it cannot place on the local network (routed ones) any local frame at all.
	const framer = createServer((_req, res) => res.end(`<iframe id="f" src="${baseURL}/" title="framed"></iframe>`));
	await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
	try {
		const { port } = framer.address() as AddressInfo;
		const framed = page.waitForEvent('framenavigated', (f) => f !== page.mainFrame());
		await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
		// Refused by frame-ancestors: Chromium shows its error page instead of the app.
		expect((await framed).url()).toMatch(/^chrome-error:/);
		await expect(page.frameLocator('#f').getByRole('heading', { level: 1 })).toHaveCount(0);
	} finally {
		framer.close();
	}
});
