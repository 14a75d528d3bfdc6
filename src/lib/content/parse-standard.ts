/**
 * markdown (+ optional YAML frontmatter) → Standard. Pure apart from the
 * sanitizer, which is passed in: jsdom-backed at build time, window-backed
 * in the browser for a user's own standards.
 */
import { ContentError, describeIssue } from './content-error';
import { extractDocument } from './extract';
import { splitFrontmatter, type FrontmatterSource } from './frontmatter';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema';
import { renderDocument, renderInline } from './render';
import { resolveChecklists } from './resolve-checklists';
import { resolveDefaults, resolveFiveSecondRule, resolveTiers, tiersByChecklist } from './resolve-rules';
import type { Sanitize } from './sanitize';
import { standardSchema, type Standard, type StandardSummary } from './schema';
import { shortHash } from './slug';

export interface ParseStandardOptions {
	/** Shown in errors: "content/standards/x.md". */
	file: string;
	slug: string;
	source: Standard['source'];
	sanitize: Sanitize;
	/** Bundled content must say its title and summary in frontmatter. */
	requireFrontmatter?: boolean;
	/**
	 * Called between the parser's steps (and per checklist item): a user's
	 * standard passes one that throws once its time budget is spent, since a
	 * synchronous parse cannot be interrupted any other way.
	 */
	checkpoint?: (step: string) => void;
}

function validateFrontmatter(fm: FrontmatterSource, opts: ParseStandardOptions): Frontmatter | undefined {
	if (fm.data === undefined) {
		if (opts.requireFrontmatter) throw new ContentError(opts.file, 1, 'missing frontmatter (title, summary)');
		return undefined;
	}
	const result = frontmatterSchema.safeParse(fm.data);
	if (!result.success) {
		const issue = result.error.issues[0];
		const line = issue ? fm.lineOf(issue.path) : 1;
		throw new ContentError(opts.file, line, `invalid frontmatter: ${issue ? describeIssue(issue) : 'unknown error'}`);
	}
	if (opts.requireFrontmatter) {
		for (const key of ['title', 'summary'] as const) {
			if (!result.data[key]) throw new ContentError(opts.file, 2, `invalid frontmatter: ${key} is required`);
		}
	}
	return result.data;
}

/** Parse one standard. Throws ContentError (`file:line: what`) on bad content. */
export function parseStandard(text: string, opts: ParseStandardOptions): Standard {
	const checkpoint = opts.checkpoint ?? (() => {});
	const split = splitFrontmatter(text, opts.file);
	const fm = validateFrontmatter(split, opts);
	checkpoint('frontmatter');
	const doc = extractDocument(split.body, split.bodyStartLine, opts.file);
	checkpoint('markdown');
	const sanitizeInline = (tokens: Parameters<typeof renderInline>[0]) => {
		checkpoint('checklists');
		return opts.sanitize(renderInline(tokens));
	};
	const resolved = resolveChecklists(doc.checklists, {
		file: opts.file,
		slug: opts.slug,
		fm,
		lineOf: split.lineOf,
		sectionIds: new Set(doc.sections.map((s) => s.id)),
		renderInline: sanitizeInline,
		tierOf: tiersByChecklist(fm),
		dedupeDerivedIds: opts.source === 'custom'
	});
	const rules = { file: opts.file, fm, lineOf: split.lineOf, checklists: resolved.checklists, itemKeys: resolved.itemKeys };
	checkpoint('checklists');
	const rendered = renderDocument(doc.tokens, { ...doc, ...resolved });
	checkpoint('rendering');
	const html = opts.sanitize(rendered);
	checkpoint('sanitizing');
	const standard: Standard = {
		slug: opts.slug,
		title: fm?.title ?? doc.firstH1 ?? opts.slug,
		summary: fm?.summary ?? doc.firstParagraph ?? '',
		version: shortHash(text),
		source: opts.source,
		...(fm?.order !== undefined ? { order: fm.order } : {}),
		sections: doc.sections.map(({ id, title, level }) => ({ id, title, level })),
		checklists: resolved.checklists,
		tiers: resolveTiers(rules),
		fiveSecondRule: resolveFiveSecondRule(rules),
		defaults: resolveDefaults(rules),
		html,
		search: doc.search
	};
	// The output contract other modules code against: fail here, not in the UI.
	const checked = standardSchema.safeParse(standard);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new ContentError(opts.file, 1, `invalid standard: ${issue ? describeIssue(issue) : 'unknown error'}`);
	}
	return standard;
}

/** The summary of a standard: what the review workbook needs, without the rendered body. */
export function toSummary(standard: Standard): StandardSummary {
	const summary: Partial<Standard> = { ...standard };
	delete summary.html;
	delete summary.search;
	return summary as StandardSummary;
}
