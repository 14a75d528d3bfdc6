/**
 * The database schema, version by version. Never edit a version that has
 * shipped: add the next one below with an upgrade function, and a test in
 * tests/unit/db/ that opens a database made by the previous version.
 *
 * Adding version 4 looks like:
 *   db.version(4).stores({ ...SCHEMA_V3, sessions: SCHEMA_V3.sessions + ', newIndex' })
 *     .upgrade((tx) => tx.table('sessions').toCollection().modify(upgradeSessionV3toV4));
 *
 * An upgrade runs in IndexedDB's versionchange transaction: if it throws,
 * the whole upgrade is rolled back and the database stays as it was, at the
 * old version (the app then says so: see describeOpenError).
 */
import type { Dexie, Transaction } from 'dexie';
import { answerSearchText, noteWords } from '$lib/review/search-words';
import { indexFields } from './session-index';

export const DB_NAME = 'shipshape';

export const SCHEMA_V1 = {
	sessions: 'id, &prKey, updatedAt, createdAt, status, role, [role+updatedAt], [status+updatedAt], pr.repo',
	answers: '[sessionId+itemId], sessionId, updatedAt',
	reading: '[standardSlug+sectionId], standardSlug',
	customStandards: 'slug, updatedAt'
} as const;

/**
 * Version 2: the list searches a multi-entry word index (`*words`: repository,
 * PR number, title, notes) instead of scanning sessions, and sorts by an index
 * per sort key (`updatedAt`, `createdAt`, `prSort`). The answers' `updatedAt`
 * index goes: nothing queries it, and every answer written (100,000 in a
 * large restore) paid for it.
 */
export const SCHEMA_V2 = {
	...SCHEMA_V1,
	sessions: `${SCHEMA_V1.sessions}, *words, prSort`,
	answers: '[sessionId+itemId], sessionId'
} as const;

/**
 * Version 3: no new index; the word index also holds the words of N/A
 * reasons (the list searches "notes", and a reason is the note of an N/A).
 */
export const SCHEMA_V3 = SCHEMA_V2;

/** The newest version: the backup envelope can record it. */
export const DB_VERSION = 3;

interface UpgradeRow {
	id?: unknown;
	sessionId?: unknown;
	note?: unknown;
	reason?: unknown;
}

interface AnswerTexts {
	/** Review id → the searchable texts (notes and N/A reasons) of its answers. */
	texts: Map<string, string[]>;
	/** The reviews with an N/A reason: the ones version 2 indexed short. */
	withReason: Set<string>;
}

/** Every answer's searchable text, by review; rows of any shape (an upgrade must not trip over an old one). */
async function readAnswerTexts(tx: Transaction): Promise<AnswerTexts> {
	const texts = new Map<string, string[]>();
	const withReason = new Set<string>();
	await tx.table('answers').each((a: UpgradeRow) => {
		if (typeof a.sessionId !== 'string') return;
		const note = typeof a.note === 'string' ? a.note : '';
		const reason = typeof a.reason === 'string' ? a.reason : '';
		if (reason) withReason.add(a.sessionId);
		const text = answerSearchText({ note, reason });
		if (text === '') return;
		const list = texts.get(a.sessionId) ?? [];
		list.push(text);
		texts.set(a.sessionId, list);
	});
	return { texts, withReason };
}

/** The derived index fields of one row with the note words of `texts`. */
function reindex(s: UpgradeRow & Record<string, unknown>, texts: Map<string, string[]>): void {
	const id = typeof s.id === 'string' ? s.id : '';
	Object.assign(s, indexFields({ ...s, noteWords: noteWords(texts.get(id) ?? []) }));
}

/** v1 → v2: every session gets its words (its notes' and reasons' words included) and its PR sort key. */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
	const { texts } = await readAnswerTexts(tx);
	await tx
		.table('sessions')
		.toCollection()
		.modify((s: UpgradeRow & Record<string, unknown>) => reindex(s, texts));
}

/** v2 → v3: the reviews with an N/A reason get its words in their index (the others are already right). */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
	const { texts, withReason } = await readAnswerTexts(tx);
	if (withReason.size === 0) return;
	await tx
		.table('sessions')
		.where(':id')
		.anyOf([...withReason])
		.modify((s: UpgradeRow & Record<string, unknown>) => reindex(s, texts));
}

/**
 * An upgrade step whose failure names itself: the error reaches the user
 * through whatever read or write opened the database (describeOpenError).
 */
function step(upgrade: (tx: Transaction) => Promise<void>): (tx: Transaction) => Promise<void> {
	return async (tx) => {
		try {
			await upgrade(tx);
		} catch (cause) {
			const error = new Error('The database upgrade failed; it was rolled back.', { cause });
			error.name = 'UpgradeError';
			throw error;
		}
	};
}

export function defineVersions(db: Dexie): void {
	db.version(1).stores(SCHEMA_V1);
	db.version(2).stores(SCHEMA_V2).upgrade(step(upgradeV1toV2));
	db.version(3).stores(SCHEMA_V3).upgrade(step(upgradeV2toV3));
}
