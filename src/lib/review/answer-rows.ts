/**
 * Answer rows exist only once the user touched an item; a missing row means
 * "open". These helpers keep that rule in one place.
 */
import type { Answer, AnswerState } from './schema';

export function openAnswer(sessionId: string, itemId: string, now: string): Answer {
	return { sessionId, itemId, state: 'open', note: '', answer: '', updatedAt: now };
}

export function answersByItem(answers: Iterable<Answer>): Map<string, Answer> {
	const map = new Map<string, Answer>();
	for (const a of answers) map.set(a.itemId, a);
	return map;
}

export function stateOf(answers: ReadonlyMap<string, Answer>, itemId: string): AnswerState {
	return answers.get(itemId)?.state ?? 'open';
}
