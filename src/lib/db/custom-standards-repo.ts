/**
 * The user's own standards. The repository stores markdown and a title; the
 * caller has already parsed the markdown with the content pipeline (which
 * needs marked and DOMPurify, so it is not imported here). Removing one
 * leaves reviews that used it intact: a session keeps its item texts.
 */
import { z } from 'zod/mini';
import { compactSlug } from '$lib/content/slug';
import { MARKDOWN_MAX_BYTES, TITLE_MAX_LENGTH } from '$lib/custom/markdown-input';
import { customStandardRowSchema, type CustomStandardRow, type StoredParse, storedParseSchema } from '$lib/review/stored-rows';
import { WriteError } from './errors';
import { validate } from './validate';
import { dbOf, nowOf, writeTransaction, type RepoOptions } from './write';

const titleSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH));
const newStandardSchema = z.object({ title: titleSchema, markdown: z.string().check(z.minLength(1)) });

export interface NewCustomStandard {
	title: string;
	markdown: string;
	/**
	 * Parses the markdown for the slug the standard gets (item ids derive from
	 * it), inside the transaction that claims the slug. Synchronous: awaiting
	 * anything but Dexie there would commit the transaction early. An `error`
	 * result refuses the standard with that message; nothing is stored.
	 */
	parse?: (slug: string) => StoredParse;
}

export { getCustomStandard, listCustomStandards } from './custom-standards-read';

/** `custom-<title>`: never collides with a bundled slug, stays the same when the title changes. */
const baseSlug = (title: string): string => `custom-${compactSlug(title).slice(0, 48).replace(/-$/, '') || 'standard'}`;

export async function addCustomStandard(input: NewCustomStandard, options?: RepoOptions): Promise<CustomStandardRow> {
	const valid = validate(newStandardSchema, input, 'standard');
	if (new TextEncoder().encode(valid.markdown).byteLength > MARKDOWN_MAX_BYTES) {
		throw new WriteError('invalid', { message: 'This standard could not be saved: it is larger than 1 MB.' });
	}
	const now = nowOf(options);
	const db = dbOf(options);
	return writeTransaction(db, [db.customStandards], async () => {
		const base = baseSlug(valid.title);
		let slug = base;
		for (let n = 2; await db.customStandards.get(slug); n++) slug = `${base}-${n}`;
		const parsed = input.parse?.(slug);
		if (parsed && 'error' in parsed) throw new WriteError('invalid', { message: parsed.error });
		const fields = { slug, title: valid.title, markdown: valid.markdown, createdAt: now, updatedAt: now, ...(parsed ? { parsed } : {}) };
		const row = validate(customStandardRowSchema, fields, 'standard');
		await db.customStandards.add(row);
		return row;
	});
}

export async function renameCustomStandard(slug: string, title: string, options?: RepoOptions): Promise<CustomStandardRow> {
	const valid = validate(titleSchema, title, 'title');
	const now = nowOf(options);
	const db = dbOf(options);
	return writeTransaction(db, [db.customStandards], async () => {
		const count = await db.customStandards.update(slug, { title: valid, updatedAt: now });
		const row = count ? await db.customStandards.get(slug) : undefined;
		if (!row) throw new WriteError('not-found', { message: 'This standard no longer exists. It may have been removed in another tab.' });
		return row;
	});
}

/**
 * Keeps a parse made after the row was stored (a restored row, an older
 * parser's result). Only if the markdown is still the one that was parsed:
 * a restore in another tab may have replaced it meanwhile.
 */
export async function storeCustomParse(slug: string, markdown: string, parsed: StoredParse, options?: RepoOptions): Promise<void> {
	const valid = validate(storedParseSchema, parsed, 'parsed standard');
	const db = dbOf(options);
	await writeTransaction(db, [db.customStandards], async () => {
		const row = await db.customStandards.get(slug);
		if (row?.markdown === markdown) await db.customStandards.update(slug, { parsed: valid });
	});
}

/** Sessions that used it are left alone: they keep the item texts they snapshotted. */
export async function removeCustomStandard(slug: string, options?: RepoOptions): Promise<void> {
	const db = dbOf(options);
	await writeTransaction(db, [db.customStandards], () => db.customStandards.delete(slug));
}
