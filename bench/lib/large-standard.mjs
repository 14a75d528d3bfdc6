/**
 * A large custom standard near the complexity limits (markdown-input.ts):
 * ~150 KB, 1,900 raw HTML tags, 1,950 checklist items in 50 sections. Used by
 * the custom-standard timings (bench/custom-timing.mjs) and the e2e test.
 */
export function largeStandard({ sections = 50, itemsPerSection = 39, targetBytes = 150 * 1024 } = {}) {
	const lines = ['# Large team standard', '', 'A long standard near the limits, to time adding and opening reviews.', ''];
	let tags = 0;
	for (let s = 1; s <= sections; s++) {
		lines.push(`## Area ${s}`, '', `Why area ${s} matters: the reasons, with a [link](https://example.com/${s}).`, '');
		for (let i = 1; i <= itemsPerSection; i++) {
			const html = tags < 1900 ? ' <kbd>Ctrl</kbd>' : '';
			if (html) tags += 2;
			lines.push(`- [ ] Area ${s} check ${i} keeps **rule** \`c${i}\`${html}`);
		}
		lines.push('');
	}
	const text = lines.join('\n');
	const pad = '\nPlain prose that pads the standard to its size without adding structure. ';
	const missing = targetBytes - new TextEncoder().encode(text).byteLength;
	return missing > 0 ? text + pad.repeat(Math.ceil(missing / pad.length)) : text;
}
