/**
 * Answers: one row per (session, item). A tick writes only its own row, so
 * two tabs ticking different items of one review never overwrite each other.
 */
import { z } from 'zod/mini';
import type { StandardSummary } from '$lib/content/schema';
import { openAnswer } from '$lib/review/answer-rows';
import { applyFiveSecond, findQuestion } from '$lib/review/five-second';
import { answerPatchSchema, patchedSession, sessionPatchSchema, type AnswerPatch, type SessionPatch } from '$lib/review/patches';
import { answerSchema, type Answer, type Session } from '$lib/review/schema';
import { answerSearchText } from '$lib/review/search-words';
import { readNoteWords } from './note-index';
import { toSession } from './session-index';
import type { ShipshapeDB } from './database';
import { WriteError } from './errors';
import { validate } from './validate';
import { dbOf, nowOf, writeTransaction, type RepoOptions } from './write';

const idSchema = z.string().check(z.minLength(1));

export { getAnswer, getAnswers } from './answers-read';

/**
 * The session must still exist (another tab may have deleted it). A key count reads no value: the session row
 * carries every item's text, and reading and rewriting it made a tick ~30×
 * slower than the answer's own put.
 */
async function requireSession(db: ShipshapeDB, sessionId: string): Promise<void> {
	if ((await db.sessions.where('id').equals(sessionId).count()) === 0) throw new WriteError('not-found');
}

/**
 * The session's note words (its word index) from every note and N/A reason
 * of the review, read in the caller's transaction. Only writes that change
 * a note or a reason call it:
 * a tick must not rewrite the session row.
 */
async function reindexNotes(db: ShipshapeDB, sessionId: string): Promise<void> {
	await db.sessions.update(sessionId, { noteWords: await readNoteWords(db, sessionId) });
}

/**
 * Set state, note or answer of one item; a missing row starts as "open".
 * Returns the row as stored. The session's updatedAt is not bumped here (see
 * requireSession): the workbook calls touchSession once the ticks pause.
 */
export async function setAnswer(sessionId: string, itemId: string, patch: AnswerPatch, options?: RepoOptions): Promise<Answer> {
	validate(idSchema, sessionId, 'answer');
	validate(idSchema, itemId, 'answer');
	const valid = validate(answerPatchSchema, patch, 'answer');
	const now = nowOf(options);
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions, db.answers], async () => {
		await requireSession(db, sessionId);
		const current = (await db.answers.get([sessionId, itemId])) ?? openAnswer(sessionId, itemId, now);
		const row: Answer = { ...current, ...valid, updatedAt: now };
		await db.answers.put(row);
		if (answerSearchText(row) !== answerSearchText(current)) await reindexNotes(db, sessionId);
		return row;
	});
}

/**
 * The tick path: store one whole answer row, built by the caller from the
 * row it already holds. One put in one transaction, opened in the caller's
 * event handler (no await before it): the cost is IndexedDB's own. No
 * session check: the workbook writing it has the session open, and answers
 * of a review deleted meanwhile are left out of backups and lists. A note
 * written here reaches the word index with the touchSession that follows
 * once the ticks pause (the session row is not rewritten per tick).
 */
export function putAnswer(row: Answer, options?: RepoOptions): Promise<Answer> {
	const valid = validate(answerSchema, row, 'answer');
	const db = dbOf(options);
	return writeTransaction(db, [db.answers], async () => {
		await db.answers.put(valid);
		return valid;
	});
}

/**
 * A row kept from an earlier page (a tick made as that page went away, see
 * app/workbook/pending-ticks): stored unless the stored row is newer (written
 * since, here or in another tab). Resolves with the row that is stored.
 */
export function putAnswerIfNewer(row: Answer, options?: RepoOptions): Promise<Answer> {
	const valid = validate(answerSchema, row, 'answer');
	const db = dbOf(options);
	return writeTransaction(db, [db.answers], async () => {
		const stored = await db.answers.get([valid.sessionId, valid.itemId]);
		if (stored && stored.updatedAt > valid.updatedAt) return stored;
		await db.answers.put(valid);
		return valid;
	});
}

/** Writes above this size go in chunks so one transaction never holds a huge request queue. */
const CHUNK = 1000;

/**
 * Several answer rows and, optionally, a session change in one transaction:
 * all of it is stored or none of it.
 */
export async function setAnswers(
	sessionId: string,
	rows: readonly Answer[],
	sessionPatch?: SessionPatch,
	options?: RepoOptions
): Promise<void> {
	const valid = validate(z.array(answerSchema), rows, 'answers');
	if (valid.some((a) => a.sessionId !== sessionId)) {
		throw new WriteError('invalid', { message: 'These answers could not be saved: some belong to another review.' });
	}
	const patch = sessionPatch ? validate(sessionPatchSchema, sessionPatch, 'change') : {};
	const now = nowOf(options);
	const db = dbOf(options);
	await writeTransaction(db, [db.sessions, db.answers], async () => {
		const count = await db.sessions.update(sessionId, (s) => void Object.assign(s, patchedSession(s, patch, now)));
		if (!count) throw new WriteError('not-found');
		const before = await db.answers.bulkGet(valid.map((a) => [a.sessionId, a.itemId] as [string, string]));
		for (let i = 0; i < valid.length; i += CHUNK) await db.answers.bulkPut(valid.slice(i, i + CHUNK));
		if (valid.some((a, i) => answerSearchText(a) !== answerSearchText(before[i] ?? { note: '' }))) await reindexNotes(db, sessionId);
	});
}

export interface FiveSecondSaved {
	session: Session;
	/** The answer rows the rule changed. */
	answers: Answer[];
}

/**
 * Answer a 5-second question: the session's fiveSecond record and the answer
 * row it settles (or reopens) in one transaction, read and written there so
 * a tick from another tab in between is not lost.
 */
export async function saveFiveSecond(
	sessionId: string,
	standard: StandardSummary,
	questionId: string,
	value: boolean,
	options?: RepoOptions
): Promise<FiveSecondSaved> {
	const question = findQuestion(standard, questionId);
	if (!question || typeof value !== 'boolean') {
		throw new WriteError('invalid', { message: `This answer could not be saved: "${questionId}" is not a 5-second question of ${standard.title}.` });
	}
	const now = nowOf(options);
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions, db.answers], async () => {
		const session = toSession(await db.sessions.get(sessionId));
		if (!session) throw new WriteError('not-found');
		const row = await db.answers.get([sessionId, question.itemId]);
		const result = applyFiveSecond(session, standard, questionId, value, row ? [row] : [], now);
		// Only this question's key and updatedAt: other fields another tab changed stay.
		await db.sessions.update(sessionId, (s) => {
			s.fiveSecond = { ...s.fiveSecond, [questionId]: value };
			s.updatedAt = now;
		});
		if (result.answers.length) await db.answers.bulkPut(result.answers);
		return result;
	});
}
