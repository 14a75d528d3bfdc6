/**
 * Workbook keyboard shortcuts: one table, used by the key handler and shown
 * by the "?" dialog, so the two never disagree.
 */

export type ShortcutAction =
	| 'next'
	| 'previous'
	| 'toggle'
	| 'tickNext'
	| 'na'
	| 'fail'
	| 'note'
	| 'search'
	| 'help'
	| 'openOnly';

export interface Shortcut {
	keys: string[];
	action: ShortcutAction;
	description: string;
	reviewerOnly?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
	{ keys: ['j', 'ArrowDown'], action: 'next', description: 'Next item' },
	{ keys: ['k', 'ArrowUp'], action: 'previous', description: 'Previous item' },
	{ keys: ['x', ' '], action: 'toggle', description: 'Tick or untick the item' },
	{ keys: ['Enter'], action: 'tickNext', description: 'Tick the item and go to the next' },
	{ keys: ['n'], action: 'na', description: 'Mark N/A (asks for the reason)' },
	{ keys: ['f'], action: 'fail', description: 'Mark as failed', reviewerOnly: true },
	{ keys: ['c'], action: 'note', description: 'Edit the note' },
	{ keys: ['o'], action: 'openOnly', description: 'Show open items only / all items' },
	{ keys: ['/'], action: 'search', description: 'Search the items' },
	{ keys: ['?'], action: 'help', description: 'Show these shortcuts' }
];

export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/** Elements where keys are text, not commands: shortcuts never fire there. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
	if (!target) return false;
	if (target.isContentEditable) return true;
	const tag = (target.tagName ?? '').toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag !== 'INPUT') return false;
	// A checkbox or button-like input does not take text.
	return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((target.type ?? 'text').toLowerCase());
}

export function shortcutFor(event: KeyLike, role: 'author' | 'reviewer'): ShortcutAction | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
	const found = SHORTCUTS.find((s) => s.keys.includes(event.key));
	if (!found || (found.reviewerOnly && role !== 'reviewer')) return undefined;
	return found.action;
}

export function keyLabel(key: string): string {
	if (key === ' ') return 'Space';
	if (key === 'ArrowDown') return '↓';
	if (key === 'ArrowUp') return '↑';
	if (key === 'Enter') return 'Enter';
	return key;
}
