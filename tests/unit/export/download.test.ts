import { describe, expect, it } from 'vitest';
import { exportFileName } from '$lib/export/download';
import { authorSession, NOW } from '../../fixtures/export-fixtures';

describe('exportFileName', () => {
	it('names a file after the PR and the export', () => {
		const session = authorSession();
		expect(exportFileName('commit', session, NOW)).toBe('shipshape-honeyhive-python-sdk-123-commit.txt');
		expect(exportFileName('pr-block', session, NOW)).toBe('shipshape-honeyhive-python-sdk-123-pr-block.md');
		expect(exportFileName('review', session, NOW)).toBe('shipshape-honeyhive-python-sdk-123-review.md');
	});

	it('keeps only safe characters', () => {
		const session = authorSession({ pr: { host: 'gitlab', repo: 'Grüppe/Sub Group/ré.po', number: 9, url: 'https://gitlab.com/x' } });
		expect(exportFileName('commit', session, NOW)).toBe('shipshape-gruppe-sub-group-re-po-9-commit.txt');
	});

	it('dates a backup of everything', () => {
		expect(exportFileName('backup', null, NOW)).toBe('shipshape-backup-2025-03-04.json');
	});
});
