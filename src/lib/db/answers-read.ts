/**
 * Reading answer rows. Apart from answers-repo (the writes, which validate
 * with zod): a page that only reads answers ships no zod.
 */
import type { Answer } from '$lib/review/schema';
import { dbOf, type RepoOptions } from './repo-options';

export function getAnswers(sessionId: string, options?: RepoOptions): Promise<Answer[]> {
	return dbOf(options).answers.where('sessionId').equals(sessionId).toArray();
}

export function getAnswer(sessionId: string, itemId: string, options?: RepoOptions): Promise<Answer | undefined> {
	return dbOf(options).answers.get([sessionId, itemId]);
}
