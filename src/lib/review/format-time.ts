/**
 * "3 minutes ago" for the sessions list. `now` is passed in (pure, testable).
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60]
];

export function formatRelative(iso: string, now: string, locale = 'en'): string {
	const seconds = Math.round((Date.parse(iso) - Date.parse(now)) / 1000);
	if (Number.isNaN(seconds)) return '';
	if (Math.abs(seconds) < 45) return 'just now';
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size || unit === 'minute') return format.format(Math.round(seconds / size), unit);
	}
	return '';
}
