import type { Section } from './schema';

/** The sections a reader marks as read: the level-2 headings. */
export function readableSectionIds(sections: readonly Section[]): string[] {
	return sections.filter((s) => s.level === 2).map((s) => s.id);
}

export function readingPercent(readIds: ReadonlySet<string>, sectionIds: readonly string[]): number {
	if (sectionIds.length === 0) return 0;
	const read = sectionIds.filter((id) => readIds.has(id)).length;
	return Math.round((read / sectionIds.length) * 100);
}
