/**
 * Matching the visible lines of a PR Self-QA block to checklist items by
 * their text, for a block whose hidden data was removed. Texts are compared
 * as matchKey gives them (escapes undone, whitespace folded). A text several
 * checklists share is matched only when the line's sub-heading names one of
 * them (or, before any sub-heading, when only one is not a tier checklist, as
 * the export writes it). Anything else is reported as not matched, with why:
 * never guessed, never dropped silently.
 */
import type { StandardSummary } from '$lib/content/schema';
import type { UsedItem } from '$lib/review/schema';
import { toUsedItem } from '$lib/review/item-placement';
import { readMarkers, textSplits, type ReadLine } from '$lib/export/pr-lines';
import { matchKey, type VisibleLine } from './visible-block';

interface Candidate {
	item: UsedItem;
	/** The checklist's title, as matchKey gives it. */
	title: string;
}

export interface MatchedLine {
	item: UsedItem;
	read: ReadLine;
}

export type UnmatchedReason = 'unknown' | 'ambiguous' | 'repeated';

export interface UnmatchedLine {
	/** The line's text as it reads (escapes undone). */
	text: string;
	reason: UnmatchedReason;
}

export interface TextMatch {
	matched: MatchedLine[];
	unmatched: UnmatchedLine[];
}

export interface TextIndex {
	byKey: Map<string, Candidate[]>;
	/** The longest item text as written in a block (escaping can double it): longer splits cannot match. */
	maxText: number;
}

/** Every item of every review checklist (status lists are not reviewed), by its text. */
export function textIndex(standards: readonly StandardSummary[]): TextIndex {
	const byKey = new Map<string, Candidate[]>();
	let longest = 0;
	for (const standard of standards) {
		for (const checklist of standard.checklists) {
			if (checklist.kind !== 'review') continue;
			for (const item of checklist.items) {
				const key = matchKey(item.text);
				longest = Math.max(longest, item.text.length);
				const candidate = { item: toUsedItem(standard, checklist, item), title: matchKey(checklist.title) };
				const list = byKey.get(key);
				if (list) list.push(candidate);
				else byKey.set(key, [candidate]);
			}
		}
	}
	return { byKey, maxText: 4 * longest + 16 };
}

/** The one candidate the line's place in the block points to, or undefined. */
function pick(candidates: readonly Candidate[], heading: string | undefined): Candidate | undefined {
	if (candidates.length === 1) return candidates[0];
	const here = candidates.filter((c) => (heading === undefined ? c.item.tier === undefined : c.title === heading));
	return here.length === 1 ? here[0] : undefined;
}

/** The line's own text for the report: the longest reading, escapes undone. */
const shownText = (line: VisibleLine): string => matchKey(line.line.content.replace(/^~~(.*)~~(?= — |$)/, '$1')).slice(0, 200);

export function matchByText(lines: readonly VisibleLine[], index: TextIndex): TextMatch {
	const matched: MatchedLine[] = [];
	const unmatched: UnmatchedLine[] = [];
	const taken = new Set<string>();
	for (const visible of lines) {
		const split = textSplits(visible.line.content, index.maxText).find((s) => index.byKey.has(matchKey(s.text)));
		const candidates = split ? (index.byKey.get(matchKey(split.text)) ?? []) : [];
		const found = split && pick(candidates, visible.heading);
		if (!split || !found) {
			unmatched.push({ text: shownText(visible), reason: split ? 'ambiguous' : 'unknown' });
		} else if (taken.has(found.item.id)) {
			unmatched.push({ text: shownText(visible), reason: 'repeated' });
		} else {
			taken.add(found.item.id);
			matched.push({ item: found.item, read: readMarkers(found.item, visible.line, split.rest) });
		}
	}
	return { matched, unmatched };
}
