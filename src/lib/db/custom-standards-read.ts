/**
 * Reading the user's own standards. Apart from custom-standards-repo (the
 * writes, which validate with zod): a page that only lists them ships no zod.
 */
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { byTitle } from './custom-standards-order';
import { dbOf, type RepoOptions } from './repo-options';

/** Every custom standard, by title (a handful: no paging needed). */
export async function listCustomStandards(options?: RepoOptions): Promise<CustomStandardRow[]> {
	const rows = await dbOf(options).customStandards.toArray();
	return rows.sort(byTitle);
}

export function getCustomStandard(slug: string, options?: RepoOptions): Promise<CustomStandardRow | undefined> {
	return dbOf(options).customStandards.get(slug);
}
