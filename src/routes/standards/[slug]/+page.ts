import { browser } from '$app/environment';

export async function load({ data }) {
	// Prerendering, or hydrating the prerendered page (the root layout marks <html> once hydrated): the text is in the page.
	if (!browser || !document.documentElement.hasAttribute('data-hydrated')) return data;
	const { standardParts } = await import('$lib/app/reading/standard-text');
	return { ...data, parts: await standardParts(data.slug, data.parts) };
}
