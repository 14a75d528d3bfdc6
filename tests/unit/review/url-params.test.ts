import { describe, expect, it } from 'vitest';
import { parseNewReviewParams } from '$lib/review/url-params';

describe('parseNewReviewParams', () => {
	it('reads a valid role and source session', () => {
		expect(parseNewReviewParams(new URLSearchParams('role=author&from=abc'))).toEqual({ role: 'author', from: 'abc' });
	});
	it('drops what is not valid instead of failing', () => {
		expect(parseNewReviewParams(new URLSearchParams('role=admin'))).toEqual({ role: undefined, from: undefined });
		expect(parseNewReviewParams(new URLSearchParams(`from=${'x'.repeat(500)}`)).from).toBeUndefined();
		expect(parseNewReviewParams(new URLSearchParams(''))).toEqual({ role: undefined, from: undefined });
	});
});
