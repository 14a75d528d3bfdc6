/**
 * Fields the database derives on every session row for its indexes (schema
 * version 2): `words` (multi-entry: what the list search finds), `prSort`
 * (the "Sort by pull request" order) and `noteWords` (the words of the
 * review's notes, written by the answer writes that change a note). A
 * DBCore middleware fills words and prSort on EVERY put/add to sessions, so
 * no write path can leave the index stale; readers get plain Sessions back
 * through `toSession`.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { z } from 'zod/mini';
import { roleSchema } from '$lib/content/schema';
import { prSortKey } from '$lib/review/pr-ref';
import { prRefSchema, type Session } from '$lib/review/schema';
import { searchWords } from '$lib/review/search-words';

export interface IndexFields {
	words: string[];
	noteWords: string[];
	prSort: string;
}

export type StoredSession = Session & Partial<IndexFields>;

// Only what the indexes read: an old or damaged row still gets indexed fields instead of failing a write or an upgrade.
const indexedPartSchema = z.object({ id: z.string(), pr: prRefSchema, title: z.string(), role: roleSchema });
const wordListSchema = z.array(z.string());

/** The derived fields for a row as stored; rows that do not parse sort last and are found by nothing. */
export function indexFields(row: unknown): IndexFields {
	const notes = wordListSchema.safeParse((row as { noteWords?: unknown } | null)?.noteWords);
	const noteWords = notes.success ? notes.data : [];
	const part = indexedPartSchema.safeParse(row);
	if (!part.success) return { words: [], noteWords, prSort: '\uffff' };
	const s = part.data;
	return { words: searchWords(s, noteWords), noteWords, prSort: prSortKey(s.pr, s.role) };
}

/** A stored row as the app sees it: without the derived fields. */
export function toSession(row: StoredSession): Session;
export function toSession(row: StoredSession | undefined): Session | undefined;
export function toSession(row: StoredSession | undefined): Session | undefined {
	if (!row) return undefined;
	const { words, noteWords, prSort, ...session } = row;
	return session;
}

function withIndex(req: DBCoreMutateRequest): DBCoreMutateRequest {
	if (req.type !== 'put' && req.type !== 'add') return req;
	return { ...req, values: req.values.map((v: object) => ({ ...v, ...indexFields(v) })) };
}

export const sessionIndexMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'shipshape-session-index',
	create: (down) => ({
		...down,
		table: (name) => {
			const table = down.table(name);
			return name === 'sessions' ? { ...table, mutate: (req) => table.mutate(withIndex(req)) } : table;
		}
	})
};
