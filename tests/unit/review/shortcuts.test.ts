import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from '$lib/review/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});

describe('shortcuts', () => {
	it('maps keys to actions', () => {
		expect(shortcutFor(key('j'), 'author')).toBe('next');
		expect(shortcutFor(key('ArrowUp'), 'author')).toBe('previous');
		expect(shortcutFor(key(' '), 'author')).toBe('toggle');
		expect(shortcutFor(key('x'), 'author')).toBe('toggle');
		expect(shortcutFor(key('n'), 'reviewer')).toBe('na');
		expect(shortcutFor(key('/'), 'reviewer')).toBe('search');
		expect(shortcutFor(key('?'), 'reviewer')).toBe('help');
	});

	it('offers fail to reviewers only', () => {
		expect(shortcutFor(key('f'), 'reviewer')).toBe('fail');
		expect(shortcutFor(key('f'), 'author')).toBeUndefined();
	});

	it('ignores keys with modifiers and unknown keys', () => {
		expect(shortcutFor(key('j', { ctrlKey: true }), 'author')).toBeUndefined();
		expect(shortcutFor(key('c', { metaKey: true }), 'author')).toBeUndefined();
		expect(shortcutFor(key('q'), 'author')).toBeUndefined();
	});

	it('never fires while typing', () => {
		expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
		expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
		expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
		expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
		expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
		expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
	});
});
