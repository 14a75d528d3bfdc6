/**
 * Path globs (any migrations folder, every `*.sql` file) that make a tier apply to the files a
 * change touches. One matcher, picomatch, for the new-review form, the
 * build-time validation and the PR gate, so the three can never disagree.
 */
import picomatch from 'picomatch';

// Same options everywhere: dotfiles match (.github folders), paths use "/"
// whatever the platform (picomatch would guess Windows from the browser).
const OPTIONS: picomatch.PicomatchOptions = { dot: true, windows: false };

const PAIRS: ReadonlyArray<[string, string]> = [
	['{', '}'],
	['[', ']'],
	['(', ')']
];

function unbalanced(glob: string): string | null {
	for (const [open, close] of PAIRS) {
		let depth = 0;
		for (let i = 0; i < glob.length; i++) {
			if (glob[i] === '\\') i += 1;
			else if (glob[i] === open) depth += 1;
			else if (glob[i] === close && --depth < 0) return `"${close}" without "${open}"`;
		}
		if (depth > 0) return `"${open}" without "${close}"`;
	}
	return null;
}

/**
 * Why `glob` is not a usable path glob, or null when it is. picomatch reads
 * almost anything as a pattern, so the mistakes people make are named here:
 * a glob that would silently never match is worse than a failed build.
 */
export function globProblem(glob: string): string | null {
	if (glob.trim() === '') return 'it is empty';
	if (glob !== glob.trim()) return 'it starts or ends with a space';
	if (glob.startsWith('/') || /^[a-z]:/i.test(glob)) return 'it is absolute; globs match paths relative to the repository root (src/...)';
	if (glob.includes('\\')) return 'it contains "\\"; use "/" between folders';
	if (glob.split('/').includes('..')) return 'it contains ".."; paths from git never do';
	if (/\*{3,}/.test(glob)) return 'it contains "***"; use "**" for any folders';
	const pair = unbalanced(glob);
	if (pair) return `it has ${pair}`;
	try {
		picomatch.makeRe(glob, OPTIONS);
	} catch (e) {
		return e instanceof Error ? e.message : 'picomatch cannot read it';
	}
	return null;
}

export type PathMatcher = (path: string) => boolean;

/** A matcher for one valid glob (check it with globProblem first). */
export function pathMatcher(glob: string): PathMatcher {
	return picomatch(glob, OPTIONS);
}

/** A changed-files list as `git diff --name-only` prints it: one path a line, blanks and CRLF ignored. */
export function parseChangedFiles(text: string): string[] {
	const files = text
		.split(/\r?\n/)
		.map((l) => l.trim().replace(/^\.\//, ''))
		.filter((l) => l !== '');
	return [...new Set(files)];
}
