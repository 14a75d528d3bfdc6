/**
 * HTML that a prerendered page already holds: the server renders it
 * (`{@html}` stringifies it), and the page's hydration data carries none of
 * it (the transport in src/hooks.ts sends an empty one). A standard's text
 * was in each reading page twice, once as HTML and once as data (issue 10:
 * Lighthouse). On hydration Svelte keeps the server-rendered DOM of an
 * `{@html}` whose value differs; client-side navigation fetches the text
 * (see routes/standards/[slug]/+page.ts).
 */
export class PrerenderedHtml {
	constructor(readonly html: string) {}

	toString(): string {
		return this.html;
	}
}
