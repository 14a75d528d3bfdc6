/**
 * Writing and reading single sessions. One session per PR and role: the
 * unique prKey index makes a second "review this PR" open the first.
 */
import { z } from 'zod/mini';
import type { Role } from '$lib/content/schema';
import { prKey } from '$lib/review/pr-ref';
import { patchedSession, sessionPatchSchema, type SessionPatch } from '$lib/review/patches';
import { answerSchema, sessionSchema, type Answer, type PrRef, type Session, type SessionStatus } from '$lib/review/schema';
import { answerWords } from '$lib/review/search-words';
import { readNoteWords } from './note-index';
import { toSession } from './session-index';
import { WriteError } from './errors';
import { validate } from './validate';
import { dbOf, nowOf, writeTransaction, type RepoOptions } from './write';

export interface OpenedSession {
	session: Session;
	/** false: a session for this PR and role existed and is returned instead. */
	created: boolean;
}

function validSession(input: unknown): Session {
	const session = validate(sessionSchema, input, 'review');
	if (session.prKey !== prKey(session.pr, session.role)) {
		throw new WriteError('invalid', { message: 'This review could not be saved: its PR key does not match its PR and role.' });
	}
	return session;
}

/** Store a new session (build it with newSession), or return the existing one for the same PR and role. */
export async function createOrOpenSession(input: Session, options?: RepoOptions): Promise<OpenedSession> {
	const session = validSession(input);
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions], async () => {
		const existing = await db.sessions.where('prKey').equals(session.prKey).first();
		if (existing) return { session: toSession(existing), created: false };
		await db.sessions.add(session);
		return { session, created: true };
	});
}

export async function getSession(id: string, options?: RepoOptions): Promise<Session | undefined> {
	return toSession(await dbOf(options).sessions.get(id));
}

export async function getSessionByPr(pr: Pick<PrRef, 'host' | 'repo' | 'number'>, role: Role, options?: RepoOptions): Promise<Session | undefined> {
	return toSession(await dbOf(options).sessions.where('prKey').equals(prKey(pr, role)).first());
}

/**
 * Change some fields of a session and bump updatedAt. The patch is applied
 * to the row as it is inside the transaction, so fields another tab changed
 * meanwhile are kept. Changing `pr` to one that has a session: 'conflict'.
 */
export async function updateSession(id: string, patch: SessionPatch, options?: RepoOptions): Promise<Session> {
	const valid = validate(sessionPatchSchema, patch, 'change');
	const now = nowOf(options);
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions], async () => {
		const count = await db.sessions.update(id, (s) => void Object.assign(s, patchedSession(s, valid, now)));
		const updated = count ? await db.sessions.get(id) : undefined;
		if (!updated) throw new WriteError('not-found');
		return toSession(updated);
	});
}

/**
 * "Changed just now", once the ticks pause: bumps updatedAt, and brings the
 * word index up to date with the notes written since (putAnswer, the tick
 * path, writes only its answer row; this write rewrites the row anyway).
 */
export async function touchSession(id: string, options?: RepoOptions): Promise<Session> {
	const now = nowOf(options);
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions, db.answers], async () => {
		const words = await readNoteWords(db, id);
		const count = await db.sessions.update(id, (s) => void Object.assign(s, patchedSession(s, {}, now), { noteWords: words }));
		const updated = count ? await db.sessions.get(id) : undefined;
		if (!updated) throw new WriteError('not-found');
		return toSession(updated);
	});
}

const statusSchema = sessionSchema.shape.status;

/**
 * Archive, unarchive: a change of status, not of content, so updatedAt
 * ("changed …", the list's order) stays as it was.
 */
export async function setStatus(id: string, status: SessionStatus, options?: RepoOptions): Promise<Session> {
	const valid = validate(statusSchema, status, 'status');
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions], async () => {
		const count = await db.sessions.update(id, { status: valid });
		const updated = count ? await db.sessions.get(id) : undefined;
		if (!updated) throw new WriteError('not-found');
		return toSession(updated);
	});
}

export function archiveSession(id: string, options?: RepoOptions): Promise<Session> {
	return setStatus(id, 'archived', options);
}

/** Everything a delete removed: hand it to restoreDeleted to undo. */
export interface DeletedSession {
	session: Session;
	answers: Answer[];
}

/** Delete a session and its answers; undefined if it was already gone (e.g. deleted in another tab). */
export async function deleteSession(id: string, options?: RepoOptions): Promise<DeletedSession | undefined> {
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions, db.answers], async () => {
		const session = toSession(await db.sessions.get(id));
		if (!session) return undefined;
		const answers = await db.answers.where('sessionId').equals(id).toArray();
		await db.answers.where('sessionId').equals(id).delete();
		await db.sessions.delete(id);
		return { session, answers };
	});
}

const deletedSchema = z.object({ session: sessionSchema, answers: z.array(answerSchema) });

/**
 * Undo a delete: put back exactly the rows it removed. Refused ('conflict')
 * if a new review of the same PR and role was started in the meantime.
 */
export async function restoreDeleted(deleted: DeletedSession, options?: RepoOptions): Promise<Session> {
	const rows = validate(deletedSchema, deleted, 'review');
	const session = validSession(rows.session);
	if (rows.answers.some((a) => a.sessionId !== session.id)) {
		throw new WriteError('invalid', { message: 'This review could not be restored: some answers belong to another review.' });
	}
	const db = dbOf(options);
	return writeTransaction(db, [db.sessions, db.answers], async () => {
		const other = await db.sessions.where('prKey').equals(session.prKey).first();
		if (other && other.id !== session.id) throw new WriteError('conflict');
		// The rows as they were handed back, not the parsed copies: an undo is exact.
		await db.sessions.put({ ...deleted.session, noteWords: answerWords(deleted.answers) });
		await db.answers.bulkPut(deleted.answers);
		return deleted.session;
	});
}
