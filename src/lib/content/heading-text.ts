/**
 * A heading as a list names it: leading emoji decorate headings in the text
 * ("🚨 TL;DR - …"); in a list of links or choices they are noise.
 */
export function plainHeading(title: string): string {
	return title.replace(/^[^\p{L}\p{N}"“(]+/u, '');
}
