/**
 * "Add a standard": the checks a pasted or uploaded markdown goes through
 * before it is stored, in the order a user would fix them. The markdown is
 * parsed once, for the slug it is stored under, and the result is stored with
 * it: no page parses it again.
 */
import { checkComplexity, checkReviewable, checkTitle, decodeMarkdown } from '$lib/custom/markdown-input';
import type { CustomStandardRow, StoredParse } from '$lib/review/stored-rows';
import { saveTracker } from '$lib/app/save-tracker.svelte';
import { liveFromNowOn } from '$lib/app/peek-then-live';

export type AddOutcome = { ok: true; row: CustomStandardRow } | { ok: false; message: string };

/** The slug while finding the document's own title: the real one is minted on save. */
const PROBE_SLUG = 'custom-new';

const unreadable = (message: string): string => `This standard could not be read. ${message}`;

/** The title to store: the one given, else the document's own (frontmatter or first heading), if it has one. */
async function titleFor(title: string, markdown: string): Promise<{ ok: true; title: string } | { ok: false; message: string }> {
	if (title.trim()) return { ok: true, title: title.trim() };
	// No title given: its slug depends on the document's, so this one case parses twice.
	const { parseCustomStandard } = await import('$lib/custom/parse-custom');
	const probe = parseCustomStandard({ slug: PROBE_SLUG, markdown });
	if (!probe.ok) return { ok: false, message: unreadable(probe.message) };
	return { ok: true, title: probe.standard.title !== PROBE_SLUG ? probe.standard.title : '' };
}

export async function addStandard(title: string, markdown: string): Promise<AddOutcome> {
	const decoded = decodeMarkdown(markdown);
	if (!decoded.ok) return decoded;
	const tooComplex = checkComplexity(decoded.text);
	if (tooComplex) return { ok: false, message: tooComplex };
	const name = await titleFor(title, decoded.text);
	if (!name.ok) return name;
	const badTitle = checkTitle(name.title);
	if (badTitle) return { ok: false, message: badTitle };
	const [{ parseForStorage }, { PARSER_VERSION }] = await Promise.all([import('$lib/custom/parse-custom'), import('$lib/custom/stored-parse')]);
	const parse = (slug: string): StoredParse => {
		const parsed = parseForStorage({ slug, markdown: decoded.text });
		if ('error' in parsed) return { ...parsed, error: unreadable(parsed.error) };
		const unreviewable = checkReviewable(parsed.summary);
		return unreviewable ? { parser: PARSER_VERSION, error: unreviewable } : parsed;
	};
	// The repository (and zod, which validates the write) loads with the first save.
	const saved = await saveTracker.attempt('custom:add', async () =>
		(await import('$lib/db/custom-standards-repo')).addCustomStandard({ title: name.title, markdown: decoded.text, parse })
	);
	// Dexie is loaded now: lists of the user's standards follow the database live (this new one too).
	liveFromNowOn();
	return saved.ok ? { ok: true, row: saved.value } : saved;
}

/** An uploaded file → its text, or why it cannot be used. */
export async function readMarkdownFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
	return decodeMarkdown(await file.arrayBuffer());
}
