/**
 * One of the user's standards, read back to show its reading page: from its
 * stored parse (parsed here only if it has none yet).
 */

import { getCustomStandard } from '$lib/db/custom-standards-read';
import type { Standard } from '$lib/content/schema';
import { standardFromParse } from '$lib/custom/stored-parse';
import { storedParseOf } from '$lib/custom/stored-standards';

export type CustomView = { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ok'; standard: Standard };

export async function readCustomStandard(slug: string): Promise<CustomView> {
	try {
		const row = await getCustomStandard(slug);
		if (!row) return { kind: 'missing' };
		const parsed = await storedParseOf(row);
		const view = standardFromParse(row, parsed);
		return view.ok ? { kind: 'ok', standard: view.standard } : { kind: 'error', message: `This standard could not be read. ${view.message}` };
	} catch {
		return { kind: 'error', message: 'This standard could not be read from this browser’s storage. Reload the page.' };
	}
}
