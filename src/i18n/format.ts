/** Fills `{name}` placeholders; a placeholder without a value is a bug in a template, so it throws. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
		return String(value);
	});
}

/**
 * One Intl formatter per locale and options: making one costs far more than using it (a site build
 * formats tens of thousands of dates and amounts).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
	let made = formatters.get(key) as T | undefined;
	if (!made) formatters.set(key, (made = make()));
	return made;
}

/** `2026-11-15` as a long date in the locale, e.g. `15. November 2026`. Dates are calendar dates, so UTC. */
export function formatDate(isoDate: string, locale: string): string {
	return formatter(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(
		new Date(`${isoDate}T00:00:00Z`),
	);
}

export function formatEuro(amount: number, locale: string): string {
	const digits = amount % 1 === 0 ? 0 : 2;
	return formatter(
		`euro ${locale} ${digits}`,
		() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: digits }),
	).format(amount);
}

/** Weekday names for ISO weekday numbers (1 = Monday). */
export function weekdayName(isoDay: number, locale: string, width: 'long' | 'short' = 'long'): string {
	// 2024-01-01 was a Monday.
	return formatter(`weekday ${locale} ${width}`, () => new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' })).format(
		new Date(Date.UTC(2024, 0, isoDay)),
	);
}
