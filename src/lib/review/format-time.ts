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

/** One formatter per locale: making one costs more than formatting (50 list rows made 50 of them per render). */
const formatters = new Map<string, Intl.RelativeTimeFormat>();

function formatterFor(locale: string): Intl.RelativeTimeFormat {
	let format = formatters.get(locale);
	if (!format) formatters.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
	return format;
}

export function formatRelative(iso: string, now: string, locale = 'en'): string {
	const seconds = Math.round((Date.parse(iso) - Date.parse(now)) / 1000);
	if (Number.isNaN(seconds)) return '';
	if (Math.abs(seconds) < 45) return 'just now';
	const format = formatterFor(locale);
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size || unit === 'minute') return format.format(Math.round(seconds / size), unit);
	}
	return '';
}
