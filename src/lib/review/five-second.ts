/**
 * The 5-second rule: quick yes/no questions before the tiered checks. A "no"
 * settles the check it leads to (e.g. "Does it touch shared state?" no →
 * Concurrency: "No shared state"); a later "yes" takes that back. When the
 * rule's answer is "N/A", the check does not apply: the item is N/A with the
 * rule as its reason, never "done" with the answer "N/A".
 */
import type { FiveSecondQuestion, StandardSummary } from '$lib/content/schema';
import type { Answer, Session } from './schema';
import { openAnswer } from './answer-rows';
import { markNaPatch, meansNotApplicable } from './na';

export interface FiveSecondResult {
	session: Session;
	/** Only the rows that change: write exactly these. */
	answers: Answer[];
}

export function findQuestion(standard: StandardSummary, questionId: string): FiveSecondQuestion | undefined {
	return standard.fiveSecondRule.find((q) => q.id === questionId);
}

/** The N/A reason a "no" gives when the rule's answer is "N/A". */
export const fiveSecondReason = (q: FiveSecondQuestion): string => `5-second rule: “${q.question}” answered no`;

const makesNa = (q: FiveSecondQuestion): boolean => q.answerWhenNo !== undefined && meansNotApplicable(q.answerWhenNo);

/** A row the rule filled in (and so may take back): done with exactly the rule's answer, or N/A with the rule's reason. */
function filledByRule(row: Answer | undefined, q: FiveSecondQuestion): boolean {
	if (row === undefined || q.answerWhenNo === undefined) return false;
	if (makesNa(q)) return row.state === 'na' && row.reason === fiveSecondReason(q);
	return row.state === 'done' && row.answer === q.answerWhenNo;
}

function onNo(q: FiveSecondQuestion, row: Answer | undefined, sessionId: string, now: string): Answer | undefined {
	if (q.answerWhenNo === undefined) return undefined; // the standard gives no answer: the check stays for the user
	if (filledByRule(row, q)) return undefined;
	// Never overwrite what the user wrote or decided themselves.
	if (row && (row.answer.trim() !== '' || row.state === 'na' || row.state === 'fail' || (makesNa(q) && row.state === 'done'))) return undefined;
	const base = row ?? openAnswer(sessionId, q.itemId, now);
	if (makesNa(q)) return { ...base, ...markNaPatch(base, fiveSecondReason(q)), updatedAt: now };
	return { ...base, state: 'done', answer: q.answerWhenNo, updatedAt: now };
}

function onYes(q: FiveSecondQuestion, row: Answer | undefined, previous: boolean | undefined, now: string): Answer | undefined {
	// Reopen only what an earlier "no" filled in; a user's own answer stays.
	if (previous !== false || !row || !filledByRule(row, q)) return undefined;
	if (row.state === 'na') return { ...row, state: row.stateBeforeNa ?? 'open', reason: '', updatedAt: now };
	return { ...row, state: 'open', answer: '', updatedAt: now };
}

/**
 * Record a 5-second answer (keyed by question id, as the session schema says)
 * and compute the answer rows it changes. Throws on a question the standard
 * does not have: the UI only offers the standard's own questions.
 */
export function applyFiveSecond(
	session: Session,
	standard: StandardSummary,
	questionId: string,
	value: boolean,
	currentAnswers: readonly Answer[],
	now: string
): FiveSecondResult {
	const q = findQuestion(standard, questionId);
	if (!q) throw new RangeError(`The standard "${standard.slug}" has no 5-second question "${questionId}".`);
	const previous = session.fiveSecond[questionId];
	const row = currentAnswers.find((a) => a.sessionId === session.id && a.itemId === q.itemId);
	const changed = value ? onYes(q, row, previous, now) : onNo(q, row, session.id, now);
	const next: Session = { ...session, fiveSecond: { ...session.fiveSecond, [questionId]: value }, updatedAt: now };
	return { session: next, answers: changed ? [changed] : [] };
}
