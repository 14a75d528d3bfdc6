/**
 * Small UI preferences remembered per browser (not review data: they are
 * not in backups and losing them loses nothing). localStorage may be
 * unavailable (private modes, blocked storage): then the default applies.
 */
const PREFIX = 'shipshape:pref:';

export type BooleanPreference = 'include-tier-checks';

export function readFlag(name: BooleanPreference, fallback = false): boolean {
	try {
		const stored = localStorage.getItem(PREFIX + name);
		return stored === null ? fallback : stored === 'true';
	} catch {
		return fallback;
	}
}

export function writeFlag(name: BooleanPreference, value: boolean): void {
	try {
		localStorage.setItem(PREFIX + name, String(value));
	} catch {
		// Storage refused: the choice holds for this page only.
	}
}
