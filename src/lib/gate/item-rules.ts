/**
 * The per-item rules of the gate: every item that applies is ticked or N/A
 * with a reason; a failed P0 item blocks; other failures are reported.
 */
import type { StandardSummary } from '$lib/content/schema';
import { scopedKey } from '$lib/review/tiers';
import type { GateItem } from './review-items';
import type { Finding, FindingItem, GateCounts } from './types';

function checklistTitle(standards: readonly StandardSummary[], slug: string, id: string): string {
	return standards.find((s) => s.slug === slug)?.checklists.find((c) => c.id === id)?.title ?? scopedKey(slug, id);
}

export function findingItem(x: GateItem, standards: readonly StandardSummary[]): FindingItem {
	const out: FindingItem = { id: x.item.id, text: x.item.text, checklist: checklistTitle(standards, x.item.standardSlug, x.item.checklistId), state: x.state };
	if (x.item.priority) out.priority = x.item.priority;
	return out;
}

function problem(x: GateItem): Pick<Finding, 'level' | 'rule' | 'detail'> | null {
	const p0 = x.item.priority === 'P0';
	if (!x.read) {
		return { level: 'error', rule: 'unreadable-line', detail: 'no line of the block reads as this item any more (its text was edited or the line removed). Restore the line as exported, or export the block again.' };
	}
	if (x.state === 'open') return { level: 'error', rule: 'open-item', detail: 'is open: tick it, or mark it N/A with a reason.' };
	if (x.state === 'na' && x.reason.trim() === '') return { level: 'error', rule: 'na-without-reason', detail: 'is N/A without a reason: say why after "N/A:".' };
	if (x.state === 'fail' && p0) return { level: 'error', rule: 'p0-failed', detail: 'failed, and a failed P0 check blocks the merge. Fix it and tick it.' };
	if (x.state === 'fail') return { level: 'warning', rule: 'failed-item', detail: 'failed (not blocking).' };
	return null;
}

function itemFinding(x: GateItem, standards: readonly StandardSummary[]): Finding | null {
	const found = problem(x);
	if (!found) return null;
	const item = findingItem(x, standards);
	const tag = item.priority ? ` [${item.priority}]` : '';
	const detail = found.detail ?? '';
	return { ...found, item, detail, message: `"${item.text}"${tag} (${item.checklist}) ${detail}` };
}

export function itemFindings(items: readonly GateItem[], standards: readonly StandardSummary[]): Finding[] {
	return items.flatMap((x) => itemFinding(x, standards) ?? []);
}

export function countItems(items: readonly GateItem[]): GateCounts {
	const counts: GateCounts = { total: items.length, done: 0, na: 0, fail: 0, open: 0 };
	for (const x of items) counts[x.state] += 1;
	return counts;
}
