/**
 * Ids for headings, checklists and items. Section ids follow GitHub's anchor
 * rules so links written for GitHub (`#1-code-quality-requirements`) keep
 * working in the app; checklist and item ids are a tidier variant of them.
 */

// Emoji and their modifiers: dropped from ids so an icon change in a heading
// does not break saved links.
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{FE0E}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/gu;

/**
 * Names that DOMPurify strips from `id` (they would clobber `document.x` or
 * `form.x`). A heading called "Links" must not lose its anchor, so such
 * slugs are treated as taken and get a numeric suffix instead.
 */
const DOM_RESERVED = new Set(
	(
		'action after all anchors animate append applets attributes autofocus before blur body charset ' +
		'children clear click close closest constructor contains cookie dataset dir doctype domain draggable ' +
		'elements embeds enctype evaluate focus fonts forms fullscreen head hidden id images implementation ' +
		'inert lang length links location matches method name nonce normalize open plugins popover prefix ' +
		'prepend referrer remove reset role scripts slot spellcheck style submit target timeline title ' +
		'translate url write writeln'
	).split(' ')
);

const isReserved = (id: string): boolean => DOM_RESERVED.has(id) || /^on[a-z]/.test(id);

/** GitHub-style slug: lowercase, emoji and punctuation dropped, each space a '-'. */
export function slugify(text: string): string {
	return text
		.replace(EMOJI, '')
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Slug without runs of '-' or leading/trailing '-': for ids we mint ourselves. */
export function compactSlug(text: string): string {
	return slugify(text).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** Hands out unique GitHub-like ids in document order: `x`, `x-1`, `x-2`. */
export function createSlugger(): (text: string) => string {
	const used = new Set<string>();
	return (text) => {
		const base = slugify(text) || 'section';
		let id = base;
		for (let n = 1; used.has(id) || isReserved(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
}

/** FNV-1a, 32 bit: tiny, dependency-free, stable across runtimes. */
function fnv1a(text: string, seed: number): number {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

/** Short stable hash (not cryptographic): content versions and id tie-breakers. */
export function shortHash(text: string, length = 10): string {
	const a = fnv1a(text, 0x811c9dc5).toString(36).padStart(7, '0');
	const b = fnv1a(text, 0x1b873593).toString(36).padStart(7, '0');
	return (a + b).slice(0, length);
}

const MAX_KEY = 48;

/**
 * An item's id key from its text: readable when short, and a hash suffix when
 * the slug had to be cut (so long items that share a prefix stay distinct).
 */
export function textKey(text: string): string {
	const slug = compactSlug(text);
	if (!slug) return shortHash(text, 8);
	if (slug.length <= MAX_KEY) return slug;
	return `${slug.slice(0, MAX_KEY).replace(/-$/, '')}-${shortHash(text, 6)}`;
}
