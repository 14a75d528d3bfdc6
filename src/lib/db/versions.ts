/**
 * The database schema, version by version. Never edit a version that has
 * shipped: add the next one below with an upgrade function, and a test in
 * tests/unit/db/ that opens a database made by the previous version.
 *
 * Adding version 3 looks like:
 *   db.version(3).stores({ ...SCHEMA_V2, sessions: SCHEMA_V2.sessions + ', newIndex' })
 *     .upgrade((tx) => tx.table('sessions').toCollection().modify(upgradeSessionV2toV3));
 *
 * An upgrade runs in IndexedDB's versionchange transaction: if it throws,
 * the whole upgrade is rolled back and the database stays as it was, at the
 * old version (the app then says so: see describeOpenError).
 */
import type { Dexie, Transaction } from 'dexie';
import { noteWords } from '$lib/review/search-words';
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

/** The newest version: the backup envelope can record it. */
export const DB_VERSION = 2;

interface UpgradeRow {
	id?: unknown;
	sessionId?: unknown;
	note?: unknown;
}

/** v1 → v2: every session gets its words (its notes' words included) and its PR sort key. */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
	const notes = new Map<string, string[]>();
	await tx.table('answers').each((a: UpgradeRow) => {
		if (typeof a.sessionId !== 'string' || typeof a.note !== 'string' || a.note === '') return;
		const list = notes.get(a.sessionId) ?? [];
		list.push(a.note);
		notes.set(a.sessionId, list);
	});
	await tx
		.table('sessions')
		.toCollection()
		.modify((s: UpgradeRow & Record<string, unknown>) => {
			const id = typeof s.id === 'string' ? s.id : '';
			Object.assign(s, indexFields({ ...s, noteWords: noteWords(notes.get(id) ?? []) }));
		});
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
}
