/**
 * Source positions for marked tokens. marked keeps no line numbers, but every
 * token carries its raw text, so we find it in the source from a moving
 * cursor: exact for top-level blocks and list items, best effort inside
 * containers that rewrite their raw text (blockquotes, nested lists).
 */
export class Locator {
	private readonly starts: number[] = [0];

	/** `baseLine` is the 1-based file line on which `source` starts. */
	constructor(
		readonly source: string,
		private readonly baseLine: number
	) {
		for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
	}

	/** Offset of `raw` at or after `from`; `from` itself when it cannot be found. */
	find(raw: string, from: number): number {
		if (!raw) return from;
		const exact = this.source.indexOf(raw, from);
		if (exact >= 0) return exact;
		const firstLine = raw.split('\n')[0]?.trim();
		const loose = firstLine ? this.source.indexOf(firstLine, from) : -1;
		return loose >= 0 ? loose : from;
	}

	/** 1-based file line of an offset. */
	line(offset: number): number {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return this.baseLine + lo;
	}
}
