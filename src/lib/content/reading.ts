import type { Section } from './schema';

/** The sections a reader marks as read: the level-2 headings. */
export function readableSectionIds(sections: readonly Section[]): string[] {
	return sections.filter((s) => s.level === 2).map((s) => s.id);
}
