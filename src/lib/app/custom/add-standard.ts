/**
 * "Add a standard": the checks a pasted or uploaded markdown goes through
 * before it is stored, in the order a user would fix them.
 */
import { checkComplexity, checkReviewable, checkTitle, decodeMarkdown } from '$lib/custom/markdown-input';
import type { CustomStandardRow } from '$lib/review/stored-rows';
import { saveTracker } from '$lib/app/save-tracker.svelte';

export type AddOutcome = { ok: true; row: CustomStandardRow } | { ok: false; message: string };

/** The slug while checking: the real one is minted on save (ids are derived again on load). */
const PROBE_SLUG = 'custom-new';

export async function addStandard(title: string, markdown: string): Promise<AddOutcome> {
	const decoded = decodeMarkdown(markdown);
	if (!decoded.ok) return decoded;
	const tooComplex = checkComplexity(decoded.text);
	if (tooComplex) return { ok: false, message: tooComplex };
	const { parseCustomStandard } = await import('$lib/custom/parse-custom');
	const parsed = parseCustomStandard({ slug: PROBE_SLUG, title: '', markdown: decoded.text });
	if (!parsed.ok) return { ok: false, message: `This standard could not be read. ${parsed.message}` };
	const unreviewable = checkReviewable(parsed.standard);
	if (unreviewable) return { ok: false, message: unreviewable };
	// No title given: the document's own (frontmatter or first heading), if it has one.
	const name = title.trim() || (parsed.standard.title !== PROBE_SLUG ? parsed.standard.title : '');
	const badTitle = checkTitle(name);
	if (badTitle) return { ok: false, message: badTitle };
	// The repository (and zod, which validates the write) loads with the first save.
	const saved = await saveTracker.attempt('custom:add', async () =>
		(await import('$lib/db/custom-standards-repo')).addCustomStandard({ title: name, markdown: decoded.text })
	);
	return saved.ok ? { ok: true, row: saved.value } : saved;
}

/** An uploaded file → its text, or why it cannot be used. */
export async function readMarkdownFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
	return decodeMarkdown(await file.arrayBuffer());
}
