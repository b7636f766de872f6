import type { UiStrings } from './ui-strings.ts';

/** A UI string as `group.key`, e.g. `article.callClinic`. */
export type UiStringKey = {
	[G in keyof UiStrings]: UiStrings[G] extends Record<string, string> ? `${G & string}.${keyof UiStrings[G] & string}` : never;
}[keyof UiStrings];

/**
 * The `{placeholders}` of each UI string, in every language: the values the code fills in where it prints
 * the string with `format()` (src/i18n/format.ts), which throws on any other name and silently drops a
 * number that a string leaves out. A string not listed has none. The one place these names are written:
 * `npm run check` holds every language's strings to it (check-placeholders.ts), and
 * tests/unit/ui-placeholders.test.ts holds every `format()` call to it (each name here is supplied there).
 */
export const uiPlaceholders: Partial<Record<UiStringKey, readonly string[]>> = {
	/** Not printed yet; its translations carry the title placeholder for the home page's teaser links. */
	'home.readMore': ['title'],
	'facts.costRange': ['from', 'to'],
	'facts.costSingle': ['amount'],
	'article.callClinic': ['phone', 'onCall'],
	'article.callEmergency': ['emergency'],
	'article.callPsychiatric': ['phone', 'emergency'],
	'article.reviewed': ['name', 'date'],
	'article.version': ['version', 'date'],
	'article.emergency': ['emergency'],
	/** Not formatted: templates/page-css.ts turns these two into the page counters of the print CSS. */
	'leaflet.page': ['page', 'pages'],
	'leaflet.documentLine': ['id', 'version', 'date', 'hash'],
	'leaflet.online': ['url'],
	'leaflet.costStatement': ['amount'],
	'leaflet.emergencyGroup': ['emergency'],
	'leaflet.psychiatricGroup': ['phone', 'emergency'],
	'leaflet.clinicGroup': ['phone', 'onCall'],
	'leaflet.minorsFrom': ['age'],
	'leaflet.photoConsent': ['years'],
	'footer.emergency': ['emergency'],
	'footer.onCall': ['onCall'],
};
