import { describe, expect, it } from 'vitest';
import { prSelfQaBlock } from '$lib/export/pr-block';
import { importPrBody } from '$lib/import/pr-import';
import { noteAndReason } from '$lib/review/na';
import type { Answer, AnswerState, Session } from '$lib/review/schema';
import { authorSession, LATER, PCC, qa, STANDARDS, t1, t2 } from '../../fixtures/export-fixtures';
import { hostileNotes } from '../../fixtures/hostile-pr/bodies';

const block = (session: Session, rows: readonly Answer[], includeTierChecks: boolean): string =>
	prSelfQaBlock({ session, answers: rows, standards: STANDARDS }, { includeTierChecks });

function roundTrip(session: Session, rows: Answer[], includeTierChecks: boolean): { text: string; again: string; back: Answer[] } {
	const text = block(session, rows, includeTierChecks);
	const result = importPrBody(text, STANDARDS, LATER);
	if (!result.ok) throw new Error(result.message);
	return { text, again: block(result.session, result.answers, includeTierChecks), back: result.answers };
}

const row = (itemId: string, state: AnswerState, note: string, answer = ''): Answer => ({ sessionId: 'session-1', itemId, state, note, answer, updatedAt: LATER });

describe('round trip: what is exported comes back byte for byte (hostile corpus)', () => {
	const session = authorSession({ triggers: [`${PCC}/datastore`] });
	const states: AnswerState[] = ['done', 'na', 'fail', 'open'];

	for (const includeTierChecks of [true, false]) {
		it(`every note, in every state, as note and as answer (tier checks ${includeTierChecks ? 'shown' : 'hidden'})`, () => {
			hostileNotes.forEach((note, n) => {
				const state = states[n % states.length] ?? 'done';
				// Self-QA items have lines; tier items have a line only when the tier checks are shown.
				const rows = [row(qa(1 + (n % 12)), state, note), row(t1('concurrency'), state, note, note), row(t2('datastore-concurrency'), 'done', '', note)];
				const { text, again, back } = roundTrip(session, rows, includeTierChecks);
				for (const expected of rows) {
					const got = back.find((a) => a.itemId === expected.itemId);
					// An N/A row's reason is its own field; a row written before it kept the reason in the note (noteAndReason reads both).
					expect({ n, id: expected.itemId, state: got?.state, ...noteAndReason(got), answer: got?.answer }).toEqual({
						n,
						id: expected.itemId,
						state: expected.state,
						...noteAndReason(expected),
						answer: expected.answer
					});
				}
				expect(again).toBe(text);
			});
		});
	}

	it('an N/A reason with U+2028 or U+2029 keeps its item', () => {
		for (const sep of ['\u2028', '\u2029']) {
			const { back } = roundTrip(session, [row(qa(5), 'na', `docs only${sep}no code`)], false);
			const got = back.find((a) => a.itemId === qa(5));
			expect(got?.state).toBe('na');
			expect(noteAndReason(got).reason).toBe(`docs only${sep}no code`);
		}
	});
});
