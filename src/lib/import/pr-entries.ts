/**
 * The hidden data's items against the visible list and the standards. The
 * hidden data was out of our hands, so it is trusted no further than the
 * visible block: the boxes people see on GitHub win when the two disagree,
 * an item without a line in a checklist whose other items have lines is not
 * believed, and items the standard does not have are left out (reported,
 * never imported ticked).
 */
import type { StandardSummary } from '$lib/content/schema';
import type { Answer, AnswerState, UsedItem } from '$lib/review/schema';
import { toUsedItem } from '$lib/review/item-placement';
import { scopedKey } from '$lib/review/tiers';
import { readBack, readLine, type ReadLine, type TaskLine } from '$lib/export/pr-lines';
import type { PayloadEntry } from '$lib/export/pr-payload';

/** What the import noticed, for the preview. */
export interface EntryReport {
	/** Items the hidden data names that the standards do not have: left out. */
	unknown: string[];
	/** Items whose visible box says something else than the hidden data: the box was used. */
	disagreements: number;
	/** Items the hidden data gives a state though their checklist is shown without them: left open. */
	unshown: number;
}

export interface ResolvedEntries {
	items: UsedItem[];
	answers: Answer[];
	report: EntryReport;
}

function knownItem(entry: PayloadEntry, standards: readonly StandardSummary[]): UsedItem | null {
	const standard = standards.find((s) => s.slug === entry.standard);
	const checklist = standard?.checklists.find((c) => c.id === entry.checklist);
	const item = checklist?.items.find((i) => i.id === entry.id);
	if (!standard || !checklist || !item) return null;
	const used = toUsedItem(standard, checklist, item);
	// v1 blocks carry what the session stored; v2 blocks a text only where it changed since.
	if (entry.text !== undefined) used.text = entry.text;
	if (entry.label !== undefined) used.label = entry.label;
	if (entry.priority !== undefined) used.priority = entry.priority;
	return used;
}

/** Each line to its item: the item at the same position if the text matches, else any unclaimed item with that text. */
export function matchLines(items: readonly UsedItem[], lines: readonly TaskLine[]): Map<string, ReadLine> {
	const read = new Map<string, ReadLine>();
	lines.forEach((line, index) => {
		const candidates = [items[index], ...items].filter((i): i is UsedItem => i !== undefined && !read.has(i.id));
		for (const item of candidates) {
			const found = readLine(item, line);
			if (found) return void read.set(item.id, found);
		}
	});
	return read;
}

/** The line's note and answer, unless they are what the hidden data's exact ones read back as: then the exact ones. */
function fromLine(item: UsedItem, entry: PayloadEntry, line: ReadLine): { note: string; reason: string; answer: string } {
	const exact = { state: line.state, note: entry.note ?? line.note, reason: entry.reason ?? line.reason ?? '', answer: entry.answer ?? line.answer ?? '' };
	const back = readBack(item, exact);
	const note = entry.note !== undefined && back.note === line.note ? entry.note : line.note;
	const reason = entry.reason !== undefined && (back.reason ?? '') === (line.reason ?? '') ? entry.reason : (line.reason ?? '');
	const answer = entry.answer !== undefined && (line.answer === undefined || back.answer === line.answer) ? entry.answer : (line.answer ?? '');
	return { note, reason, answer };
}

interface Row {
	state: AnswerState;
	note: string;
	/** The N/A reason (its own field: review/na.ts). */
	reason: string;
	answer: string;
}

export function resolveEntries(entries: readonly PayloadEntry[], lines: readonly TaskLine[], standards: readonly StandardSummary[]): ResolvedEntries {
	const report: EntryReport = { unknown: [], disagreements: 0, unshown: 0 };
	const known: { entry: PayloadEntry; item: UsedItem }[] = [];
	for (const entry of entries) {
		const item = knownItem(entry, standards);
		if (item) known.push({ entry, item });
		else report.unknown.push(entry.text ?? entry.id);
	}
	const read = matchLines(known.filter((k) => k.entry.lined).map((k) => k.item), lines);
	const shownChecklists = new Set(known.filter((k) => k.entry.lined).map((k) => scopedKey(k.item.standardSlug, k.item.checklistId)));
	const rows: { item: UsedItem; row: Row | null }[] = known.map(({ entry, item }) => {
		const line = read.get(item.id);
		if (entry.lined) {
			if (!line) {
				// The hidden data says the item has a line, and there is none: nothing visible to believe.
				if (entry.state !== undefined && entry.state !== 'open') report.disagreements += 1;
				return { item, row: null };
			}
			if (entry.state !== undefined && entry.state !== line.state) report.disagreements += 1;
			return { item, row: { state: line.state, ...fromLine(item, entry, line) } };
		}
		if (shownChecklists.has(scopedKey(item.standardSlug, item.checklistId))) {
			if ((entry.state ?? 'open') !== 'open') report.unshown += 1;
			return { item, row: null };
		}
		return { item, row: { state: entry.state ?? 'open', note: entry.note ?? '', reason: entry.reason ?? '', answer: entry.answer ?? '' } };
	});
	return {
		items: rows.map((r) => r.item),
		answers: rows.flatMap(({ item, row }) => (row ? [{ sessionId: '', itemId: item.id, updatedAt: '', ...row }] : [])),
		report
	};
}
