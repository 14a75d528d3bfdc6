/** The listed reviews' answers by review id: the peeked first page and the live query group them alike. */
import type { Answer } from '$lib/review/schema';

export function groupBySession(answers: readonly Answer[]): Map<string, Answer[]> {
	const map = new Map<string, Answer[]>();
	for (const a of answers) {
		const list = map.get(a.sessionId);
		if (list) list.push(a);
		else map.set(a.sessionId, [a]);
	}
	return map;
}
