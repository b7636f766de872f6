import { format, formatDate } from '../i18n/format.ts';
import { absoluteUrl, articlePath } from '../i18n/routes.ts';
import type { Site } from '../site/load-site.ts';
import type { Leaflet } from './leaflet-model.ts';

/** The texts of a leaflet's running header and footer, in its language. Pure. */
export function leafletHeaderFooter(leaflet: Leaflet, site: Site, siteUrl: string, base: string) {
	const ui = site.ui[leaflet.lang]!;
	const { clinic } = site;
	const { data } = leaflet.article;
	const url = absoluteUrl(articlePath(leaflet.lang, leaflet.article.slug), siteUrl, base);
	return {
		header: [clinic.name, `${clinic.address.street} · ${clinic.address.postalCode} ${clinic.address.city} · ${clinic.phone}`],
		online: format(ui.leaflet.online, { url: url.replace(/^https?:\/\//, '').replace(/\/$/, '') }),
		documentLine: format(ui.leaflet.documentLine, { id: leaflet.id, version: data.version, date: formatDate(data.issued, ui.locale), hash: leaflet.checksum }),
		pageLabel: ui.leaflet.page,
	};
}
