/**
 * The home layout flag: the inline script in src/app.html (run before first
 * paint) and src/lib/app/home/reviews-flag.ts must agree on the keys, and
 * the script's CSP hash is the one svelte.config.js allows.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { LIST_HEIGHT_KEY, LIST_HEIGHT_PROPERTY, REVIEWS_ATTRIBUTE, REVIEWS_FLAG_KEY, listHeightEntry, readReviewsFlag, rememberListHeight } from '$lib/app/home/reviews-flag';
import { appHtmlScriptHashes, inlineScripts } from '../../../scripts/inline-script-hashes.mjs';

const appHtml = readFileSync('src/app.html', 'utf8');
const script = inlineScripts(appHtml)[0] ?? '';

function runScript(width: number, items: Record<string, string>) {
	const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/', runScripts: 'outside-only' });
	Object.defineProperty(dom.window, 'innerWidth', { value: width });
	for (const [k, v] of Object.entries(items)) dom.window.localStorage.setItem(k, v);
	dom.window.eval(script);
	const html = dom.window.document.documentElement;
	return { returning: html.hasAttribute(REVIEWS_ATTRIBUTE), height: html.style.getPropertyValue(LIST_HEIGHT_PROPERTY) };
}

class MemoryStore {
	map = new Map<string, string>();
	getItem = (k: string) => this.map.get(k) ?? null;
	setItem = (k: string, v: string) => void this.map.set(k, v);
	removeItem = (k: string) => void this.map.delete(k);
}

describe('the home layout flag', () => {
	it('app.html has one inline script, and its hash is what the CSP allows', () => {
		expect(inlineScripts(appHtml)).toHaveLength(1);
		const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
		expect(appHtmlScriptHashes()).toEqual([hash]);
	});

	it('the script reads the keys the app writes', () => {
		for (const name of [REVIEWS_FLAG_KEY, LIST_HEIGHT_KEY, REVIEWS_ATTRIBUTE, LIST_HEIGHT_PROPERTY]) expect(script).toContain(name);
	});

	it('no flag: the first-visit layout', () => {
		expect(runScript(390, {})).toEqual({ returning: false, height: '' });
	});

	it('reviews: the returning layout, with the list height kept for this window width only', () => {
		const height = listHeightEntry(390, 571.4);
		expect(height).toBe('390x572');
		expect(runScript(390, { [REVIEWS_FLAG_KEY]: '1', [LIST_HEIGHT_KEY]: height })).toEqual({ returning: true, height: '572px' });
		expect(runScript(1280, { [REVIEWS_FLAG_KEY]: '1', [LIST_HEIGHT_KEY]: height })).toEqual({ returning: true, height: '' });
		expect(runScript(390, { [REVIEWS_FLAG_KEY]: '1', [LIST_HEIGHT_KEY]: 'junk' })).toEqual({ returning: true, height: '' });
	});

	it('a height without the reviews flag is ignored', () => {
		expect(runScript(390, { [LIST_HEIGHT_KEY]: '390x500' })).toEqual({ returning: false, height: '' });
	});

	it('reads and writes through a store; blocked storage reads as "no flag"', () => {
		const store = new MemoryStore();
		expect(readReviewsFlag(store)).toBe(false);
		store.setItem(REVIEWS_FLAG_KEY, '1');
		expect(readReviewsFlag(store)).toBe(true);
		rememberListHeight(412, 0, store);
		expect(store.getItem(LIST_HEIGHT_KEY)).toBeNull();
		rememberListHeight(412, 300.2, store);
		expect(store.getItem(LIST_HEIGHT_KEY)).toBe('412x301');
		const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => undefined, removeItem: () => undefined };
		expect(readReviewsFlag(blocked)).toBe(false);
	});
});
