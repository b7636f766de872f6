import { format, formatDate } from '../i18n/format.ts';
import { absoluteUrl, articlePath } from '../routes/routes.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Leaflet } from './leaflet-model.ts';

/**
 * Room to write on in the footer's patient line, as underscores (margin boxes hold text only): name and
 * date of birth, shorter where the labels are in two languages, so the line fits beside the page label.
 */
const blanks = (languages: number) => (languages > 1 ? ['_'.repeat(16), '_'.repeat(9)] : ['_'.repeat(30), '_'.repeat(14)]);

/**
 * The footer's document line in one language: id, version, issue date and text hash, the id and hash
 * isolated (LRI … PDI) in right-to-left text so they keep their order. The build looks for it on every
 * page (leaflet-expected-text.ts). Pure.
 */
export function documentLineText(leaflet: Leaflet, strings: UiStrings): string {
	const ltr = (text: string) => (strings.dir === 'rtl' ? `\u2066${text}\u2069` : text);
	const { version, issued } = leaflet.article.data;
	return format(strings.leaflet.documentLine, {
		id: ltr(leaflet.id),
		version,
		date: formatDate(issued, strings.locale),
		hash: ltr(leaflet.textHash),
	});
}

/** The texts of a leaflet's running header and footer, in its language, and the address of its online article (for the QR code). Pure. */
export function leafletHeaderFooter(
	leaflet: Leaflet,
	site: { clinic: Clinic; ui: Record<string, UiStrings> },
	siteUrl: string,
	base: string,
) {
	const ui = site.ui[leaflet.lang]!;
	const { clinic } = site;
	const url = absoluteUrl(articlePath(leaflet.lang, leaflet.slug), siteUrl, base);
	// Margin boxes hold plain text, not markup: Latin runs inside right-to-left text are isolated with
	// Unicode marks (LRI … PDI), so addresses, numbers and ids keep their order.
	const ltr = (text: string) => (ui.dir === 'rtl' ? `\u2066${text}\u2069` : text);
	// A bilingual form's footer speaks both languages, the source's first, as its parts do; a run in the
	// other direction than the page is isolated (LRI or RLI … PDI).
	const languages = leaflet.source ? [site.ui[leaflet.source.lang]!, ui] : [ui];
	const isolate = (strings: UiStrings, text: string) =>
		strings.dir === ui.dir ? text : `${strings.dir === 'rtl' ? '\u2067' : '\u2066'}${text}\u2069`;
	const both = (pick: (strings: UiStrings) => string) => languages.map((strings) => isolate(strings, pick(strings))).join(' / ');
	return {
		url,
		header: [clinic.name, ltr(`${clinic.address.street} · ${clinic.address.postalCode} ${clinic.address.city} · ${clinic.phone}`)],
		online: format(ui.leaflet.online, { url: ltr(url.replace(/^https?:\/\//, '').replace(/\/$/, '')) }),
		documentLine: languages.map((strings) => isolate(strings, documentLineText(leaflet, strings))).join('\n'),
		pageLabel: languages.map((strings) => isolate(strings, strings.leaflet.page)).join('\n'),
		// Pages of a consent form get separated: each names its patient. An aftercare sheet goes home
		// with the patient, whose name its first page carries.
		...(leaflet.kind === 'aftercare'
			? {}
			: {
					patientLine: `${both((s) => s.leaflet.patientName)}: ${blanks(languages.length)[0]}   ${both((s) => s.leaflet.dateOfBirth)}: ${blanks(languages.length)[1]}`,
				}),
		dir: ui.dir,
	};
}
