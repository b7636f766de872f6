import { format, formatDate } from '../i18n/format.ts';
import { absoluteUrl, articlePath } from '../routes/routes.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Leaflet } from './leaflet-model.ts';

/** The texts of a leaflet's running header and footer, in its language, and the address of its online article (for the QR code). Pure. */
export function leafletHeaderFooter(
	leaflet: Leaflet,
	site: { clinic: Clinic; ui: Record<string, UiStrings> },
	siteUrl: string,
	base: string,
) {
	const ui = site.ui[leaflet.lang]!;
	const { clinic } = site;
	const { data } = leaflet.article;
	const url = absoluteUrl(articlePath(leaflet.lang, leaflet.slug), siteUrl, base);
	// Margin boxes hold plain text, not markup: Latin runs inside right-to-left text are isolated with
	// Unicode marks (LRI … PDI), so addresses, numbers and ids keep their order.
	const ltr = (text: string) => (ui.dir === 'rtl' ? `\u2066${text}\u2069` : text);
	return {
		url,
		header: [clinic.name, ltr(`${clinic.address.street} · ${clinic.address.postalCode} ${clinic.address.city} · ${clinic.phone}`)],
		online: format(ui.leaflet.online, { url: ltr(url.replace(/^https?:\/\//, '').replace(/\/$/, '')) }),
		documentLine: format(ui.leaflet.documentLine, {
			id: ltr(leaflet.id),
			version: data.version,
			date: formatDate(data.issued, ui.locale),
			hash: ltr(leaflet.textHash),
		}),
		pageLabel: ui.leaflet.page,
		dir: ui.dir,
	};
}
