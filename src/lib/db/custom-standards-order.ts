/**
 * The order the user's own standards are listed and merged in: by title,
 * then slug. Its own module so a peek (no Dexie) sorts them as Dexie's read does.
 */
import type { CustomStandardRow } from '$lib/review/stored-rows';

export const byTitle = (a: CustomStandardRow, b: CustomStandardRow): number => a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
