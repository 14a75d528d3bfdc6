/** Reviews as Shipshape stores them, put in through Settings → Restore (the app's own path). */
import { expect, type Page } from '@playwright/test';

export interface Seed {
	id: string;
	repo: string;
	number: number;
	role?: 'author' | 'reviewer';
	title?: string;
	status?: 'in-progress' | 'complete' | 'archived';
	updatedAt?: string;
}

export const T = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();

export function session(s: Seed) {
	const role = s.role ?? 'reviewer';
	return {
		id: s.id,
		pr: { host: 'github', repo: s.repo, number: s.number, url: `https://github.com/${s.repo}/pull/${s.number}` },
		prKey: `github:${s.repo.toLowerCase()}#${s.number}|${role}`,
		title: s.title ?? '',
		role,
		checklists: [],
		triggers: [],
		tierOverrides: {},
		fiveSecond: {},
		commit: { type: '', scope: '', description: '', breaking: '', refs: false },
		items: {},
		contentVersions: {},
		status: s.status ?? 'in-progress',
		createdAt: T(0),
		updatedAt: s.updatedAt ?? T(1)
	};
}

export async function seed(page: Page, sessions: Seed[]): Promise<void> {
	const backup = { type: 'shipshape-backup', version: 1, exportedAt: T(0), sessions: sessions.map(session), answers: [], customStandards: [], reading: [] };
	await page.goto('/settings');
	await page.setInputFiles('#restore-file', { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
	await expect(page.getByText(/^Restored/)).toBeVisible();
}

