import { describe, expect, it } from 'vitest';
import { importPrBody, MAX_IMPORT_CHARS } from '$lib/import/pr-import';
import { findPayloadComment } from '$lib/export/pr-payload';
import { LATER, STANDARDS } from '../../fixtures/export-fixtures';
import { manyOpenings, unterminatedComment } from '../../fixtures/hostile-pr/bodies';

describe('import: hostile input (ReDoS)', () => {
	it('an unterminated comment with 100,000 spaces is rejected in under 100 ms', () => {
		const text = unterminatedComment(100_000);
		const started = performance.now();
		const result = importPrBody(text, STANDARDS, LATER);
		const took = performance.now() - started;
		expect(result).toEqual({ ok: false, message: expect.stringContaining('No Shipshape PR Self-QA block') });
		expect(took).toBeLessThan(100);
	});

	it('many unclosed openings are scanned once', () => {
		const started = performance.now();
		expect(findPayloadComment(manyOpenings(10_000))).toBeNull();
		expect(performance.now() - started).toBeLessThan(100);
	});

	it('text longer than any PR description is refused with what to do', () => {
		const result = importPrBody('x'.repeat(MAX_IMPORT_CHARS + 1), STANDARDS, LATER);
		expect(result).toEqual({ ok: false, message: expect.stringContaining('Paste only the PR description') });
	});

	it('a comment with data that is not base64 is not the payload', () => {
		expect(findPayloadComment('<!-- shipshape:v1 <script> -->')).toBeNull();
		expect(findPayloadComment('<!-- shipshape:v1\n QUJD\n RA -->')).toEqual({ data: 'QUJDRA', index: 0 });
	});
});
