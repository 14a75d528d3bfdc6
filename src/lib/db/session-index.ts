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
import type { Role } from '$lib/content/schema';
import { prSortKey } from '$lib/review/pr-sort';
import type { PrRef, Session } from '$lib/review/schema';
import { searchWords } from '$lib/review/search-words';

export interface IndexFields {
	words: string[];
	noteWords: string[];
	prSort: string;
}

export type StoredSession = Session & Partial<IndexFields>;

/**
 * Only the fields the indexes read, checked by type: an old or damaged row
 * still gets indexed fields instead of failing a write or an upgrade. No zod
 * here: every page that opens the database runs this module, and the rows a
 * write stores were validated by its repository already.
 */
interface IndexedPart {
	pr: Pick<PrRef, 'host' | 'repo' | 'number'>;
	title: string;
	role: Role;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function indexedPart(row: unknown): IndexedPart | undefined {
	if (!isRecord(row) || typeof row.id !== 'string' || typeof row.title !== 'string' || (row.role !== 'author' && row.role !== 'reviewer')) return undefined;
	const pr = row.pr;
	if (!isRecord(pr) || typeof pr.host !== 'string' || typeof pr.repo !== 'string' || typeof pr.number !== 'number') return undefined;
	return { pr: { host: pr.host as PrRef['host'], repo: pr.repo, number: pr.number }, title: row.title, role: row.role };
}

const wordList = (v: unknown): string[] => (Array.isArray(v) && v.every((w) => typeof w === 'string') ? v : []);

/** The derived fields for a row as stored; rows without those fields sort last and are found by nothing. */
export function indexFields(row: unknown): IndexFields {
	const noteWords = wordList(isRecord(row) ? row.noteWords : undefined);
	const s = indexedPart(row);
	if (!s) return { words: [], noteWords, prSort: '\uffff' };
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
