/**
 * The user's standards with their parsed form. Normally the stored result
 * (parsed when the standard was added); a row without a current one (restored
 * from a backup, added before results were stored, or parsed by an older
 * parser) is parsed here, once, and the result stored for every later page.
 * The parser and the repository's writes load only in that case.
 */
import type { CustomStandardRow, StoredParse } from '$lib/review/stored-rows';
import { currentParse } from './stored-parse';

export interface ParsedRow {
	row: CustomStandardRow;
	parsed: StoredParse;
}

export async function withStoredParses(rows: readonly CustomStandardRow[]): Promise<ParsedRow[]> {
	const ready = rows.map((row) => ({ row, parsed: currentParse(row) }));
	if (ready.every((r): r is ParsedRow => r.parsed !== undefined)) return ready;
	const [{ parseForStorage }, { storeCustomParse }] = await Promise.all([import('./parse-custom'), import('$lib/db/custom-standards-repo')]);
	const out: ParsedRow[] = [];
	for (const { row, parsed } of ready) {
		if (parsed) {
			out.push({ row, parsed });
			continue;
		}
		const fresh = parseForStorage(row);
		out.push({ row, parsed: fresh });
		// Not storable (out of space, a write refused): this page still has the result; the next one parses again.
		await storeCustomParse(row.slug, row.markdown, fresh).catch(() => undefined);
	}
	return out;
}

/** One row's parsed form (see withStoredParses). */
export async function storedParseOf(row: CustomStandardRow): Promise<StoredParse> {
	return currentParse(row) ?? (await withStoredParses([row]))[0]?.parsed ?? { parser: 0, error: 'The markdown could not be read.' };
}
