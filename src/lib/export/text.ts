/** Plain-text normalisation shared by the exports. */

/** One line: exports like the commit body have no room for line breaks. */
export function foldLines(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * A note as lines: each trimmed (leading spaces would turn into code blocks
 * in markdown, trailing ones into hard breaks), runs of blank lines collapsed
 * to one, none at either end.
 */
export function noteLines(text: string): string[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
	const out: string[] = [];
	for (const line of lines) {
		if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
		out.push(line);
	}
	while (out.length > 0 && out[out.length - 1] === '') out.pop();
	return out;
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
