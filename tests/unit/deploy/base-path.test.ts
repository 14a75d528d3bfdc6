import { describe, expect, it } from 'vitest';
import { basePath } from '../../../scripts/base-path.js';

describe('BASE_PATH', () => {
	it('is empty for a site at the root, and normalised otherwise', () => {
		expect(basePath('')).toBe('');
		expect(basePath('/')).toBe('');
		expect(basePath('/shipshape')).toBe('/shipshape');
		expect(basePath('/shipshape/')).toBe('/shipshape');
		expect(basePath('/org/tools.v2')).toBe('/org/tools.v2');
	});

	it('refuses what is not a path, saying what to use', () => {
		for (const bad of ['shipshape', 'https://x.github.io/shipshape', '/a b', '/a//b', '/a?x=1']) {
			expect(() => basePath(bad), bad).toThrow(/is not a path: use one that starts with "\/", such as BASE_PATH=\/shipshape/);
		}
	});
});
