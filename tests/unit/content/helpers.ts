import { readFileSync } from 'node:fs';
import { parseStandard, type ParseStandardOptions } from '$lib/content/parse-standard';
import type { Standard } from '$lib/content/schema';
import { nodeSanitizer } from '$lib/server/sanitize-node';

export const fixturePath = (name: string): string => `tests/fixtures/content/${name}`;

export const readFixture = (name: string): string =>
	readFileSync(new URL(`../../fixtures/content/${name}`, import.meta.url), 'utf8');

export function parseFixture(name: string, options: Partial<ParseStandardOptions> = {}): Standard {
	return parseText(readFixture(name), name, options);
}

export function parseText(text: string, name: string, options: Partial<ParseStandardOptions> = {}): Standard {
	return parseStandard(text, {
		file: fixturePath(name),
		slug: name.replace(/\.md$/, ''),
		source: 'custom',
		sanitize: nodeSanitizer(),
		...options
	});
}

export function checklist(standard: Standard, id: string) {
	const found = standard.checklists.find((c) => c.id === id);
	if (!found) throw new Error(`no checklist ${id} in ${standard.checklists.map((c) => c.id).join(', ')}`);
	return found;
}
