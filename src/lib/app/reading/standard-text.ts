/**
 * A standard's text for its reading page on client-side navigation: the
 * page's load data has no HTML (see content/prerendered-html.ts), so the
 * parts are rebuilt from the standard's sections JSON, the same file an
 * item's "Details" reads, precached for offline use.
 */
import { error } from '@sveltejs/kit';
import { sectionsOf } from '$lib/app/workbook/section-cache';
import { partsFromSections, type HtmlPart, type PartRef } from '$lib/content/sections-html';

export async function standardParts(slug: string, refs: readonly PartRef[]): Promise<HtmlPart[]> {
	let sections: Record<string, string>;
	try {
		sections = await sectionsOf(slug);
	} catch {
		error(503, 'This standard could not be loaded: it is not stored for offline use yet and the network is not answering. Connect and open it again.');
	}
	return partsFromSections(sections, refs);
}
