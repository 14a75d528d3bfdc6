/**
 * Build-time shaping of a standard's rendered HTML for reading mode: split at
 * the level-2 headings (so each part can get its own "mark as read" control)
 * and make every heading a link to its own anchor.
 */

export interface HtmlPart {
	/** Section id of the h2 that opens the part; '' for the part before the first h2. */
	id: string;
	title: string;
	html: string;
}

const HEADING = /<h([1-4]) id="([^"]+)">([\s\S]*?)<\/h\1>/g;
const H2_START = /(?=<h2 id=")/;

/** Wraps each heading's content in a link to itself (trusted, build-time HTML). */
export function linkHeadings(html: string): string {
	return html.replace(
		HEADING,
		(_all, level: string, id: string, inner: string) =>
			`<h${level} id="${id}"><a class="heading-link" href="#${id}">${inner}</a></h${level}>`
	);
}

function stripTags(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		// Leading emoji are decoration: a control's name reads better without them.
		.replace(/^[^\p{L}\p{N}]+/u, '')
		.trim();
}

export function splitAtH2(html: string): HtmlPart[] {
	return html
		.split(H2_START)
		.filter((chunk) => chunk.trim() !== '')
		.map((chunk) => {
			const match = /^<h2 id="([^"]+)">([\s\S]*?)<\/h2>/.exec(chunk);
			return match
				? { id: match[1] ?? '', title: stripTags(match[2] ?? ''), html: chunk }
				: { id: '', title: '', html: chunk };
		});
}

const ANY_HEADING_START = /(?=<h[1-4] id=")/;

/**
 * Every section's HTML by id: from its heading up to the next heading of the
 * same or a higher level, so a section includes its subsections.
 */
export function sectionsHtml(html: string): Record<string, string> {
	const chunks = html.split(ANY_HEADING_START).map((chunk) => {
		const m = /^<h([1-4]) id="([^"]+)">/.exec(chunk);
		return { level: m ? Number(m[1]) : 0, id: m?.[2] ?? '', html: chunk };
	});
	const out: Record<string, string> = {};
	chunks.forEach((chunk, i) => {
		if (!chunk.id) return;
		let body = chunk.html;
		for (const next of chunks.slice(i + 1)) {
			if (next.level <= chunk.level) break;
			body += next.html;
		}
		out[chunk.id] = body;
	});
	return out;
}

/** A reading part without its HTML: what the page's load data carries. */
export interface PartRef {
	id: string;
	title: string;
	/** The section (a key of sectionsHtml) that holds the part: its own h2, or for the intro the first heading. */
	source: string;
}

/** Where each part's HTML is in the section map. */
export function partRefs(html: string): PartRef[] {
	const first = /<h[1-4] id="([^"]+)">/.exec(html)?.[1] ?? '';
	return splitAtH2(html).map(({ id, title }) => ({ id, title, source: id || first }));
}

/**
 * The reading parts from the section map (the precached sections JSON): an
 * h2's part is its section; the intro is the first section up to its first
 * h2. Prerendering and client-side navigation both build the parts with this,
 * and wholeStandardParts checks at build time that they hold the whole text.
 */
export function partsFromSections(sections: Readonly<Record<string, string>>, refs: readonly PartRef[]): HtmlPart[] {
	return refs.map(({ id, title, source }) => {
		const html = sections[source] ?? '';
		return { id, title, html: linkHeadings(id ? html : (html.split(H2_START)[0] ?? '')) };
	});
}

/** The parts of a bundled standard (build time); throws if they would drop or repeat any of its text. */
export function wholeStandardParts(slug: string, html: string): { refs: PartRef[]; parts: HtmlPart[] } {
	const refs = partRefs(html);
	const parts = partsFromSections(sectionsHtml(html), refs);
	if (parts.map((p) => p.html).join('') !== linkHeadings(html)) {
		throw new Error(`${slug}: its reading parts do not add up to the whole standard (text before the first heading, or a level-1 heading after a level-2 one?)`);
	}
	return { refs, parts };
}
