import { describe, expect, it } from 'vitest';
import { touchesList } from '$lib/app/home/stored-changes';

describe('touchesList (what Dexie reports it changed)', () => {
	it('is a change to the list when a write names its tables in this database', () => {
		expect(touchesList({ 'idb://shipshape/sessions/': {}, 'idb://shipshape/sessions/updatedAt': {} })).toBe(true);
		expect(touchesList({ 'idb://shipshape/answers/:dels': {} })).toBe(true);
		expect(touchesList({ 'idb://shipshape/customStandards/': {} })).toBe(true);
		expect(touchesList({ all: {} })).toBe(true);
	});

	it('is not one for reading marks or another database', () => {
		expect(touchesList({ 'idb://shipshape/reading/': {}, 'idb://shipshape/reading/standardSlug': {} })).toBe(false);
		expect(touchesList({ 'idb://other/sessions/': {} })).toBe(false);
		expect(touchesList({ 'idb://shipshape-test/sessions/': {} })).toBe(false);
	});

	it('counts anything it cannot read as a change (the list re-reads rather than miss one)', () => {
		expect(touchesList(undefined)).toBe(true);
		expect(touchesList('x')).toBe(true);
	});
});
