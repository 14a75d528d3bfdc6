import { expect, test } from '@playwright/test';
import { addCustomStandard, startReview } from './data-flows';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

test('no page violates the Content Security Policy, and no request leaves the origin', async ({ page, context, baseURL }) => {
	const origin = new URL(baseURL ?? 'http://localhost').origin;
	const requests: string[] = [];
	// The context sees the service worker's requests too, not only the page's.
	context.on('request', (r) => requests.push(r.url()));
	const consoleCsp: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
	});
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	const violations = async (where: string) => {
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => window.__cspViolations ?? []), where).toEqual([]);
	};

	for (const path of ['/', '/standards', '/standards/production-code-checklist', '/review/new', '/settings']) {
		await page.goto(path);
		await violations(path);
	}
	const session = await startReview(page, 'acme/api#12');
	await page.reload();
	await violations(session);
	await addCustomStandard(page, 'Ours', '# Ours\n\n## Release\n\n- [ ] Changelog updated\n');
	await page.goto('/standards/custom/custom-ours');
	await expect(page.getByRole('checkbox', { name: 'Changelog updated' })).toBeVisible();
	await violations('custom standard page');
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Download backup' }).click();
	await violations('settings after a download');

	expect(consoleCsp).toEqual([]);
	// data: and blob: URLs never reach the network (inline images, the backup download).
	const outside = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
	expect(outside).toEqual([]);
	expect(requests.length).toBeGreaterThan(10);
});
