import type { Article } from '../content/article-model.ts';
import { leafletPageCssPath, leafletPdfPath, leafletViewPath, type LeafletKind } from '../routes/routes.ts';
import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { RegisterEntry } from '../schemas/leaflet-register.ts';
import { leafletTextHash } from '../content/leaflet-text-hash.ts';
import { listLeafletTexts, type LeafletText } from '../content/leaflet-texts.ts';

/** The leaflet kind's name in a language, e.g. "Aufklärungs- und Einwilligungsbogen (zweisprachig)". */
export function leafletLabel(kind: LeafletKind, ui: UiStrings): string {
	return kind === 'consent-bilingual' ? `${ui.leaflet.consent} (${ui.leaflet.bilingual})` : ui.leaflet[kind];
}

/** One printable document: an article in one language as a consent form or an aftercare sheet. */
export interface Leaflet extends LeafletText {
	/** Root-relative path of the PDF, e.g. `/de/leaflets/mesotherapie-consent.pdf`. */
	pdfPath: string;
	/** Root-relative path of the HTML print view the PDF is rendered from. */
	viewPath: string;
	/** Root-relative path of the stylesheet with its page rules (running header and footer); see `leafletPageCssPath`. */
	pageCssPath: string;
	/**
	 * Hash of the text the leaflet prints (src/content/leaflet-text-hash.ts), printed in its footer and
	 * recorded in the register of issued versions: two printouts with the same hash carry the same text.
	 */
	textHash: string;
	/**
	 * The register's entry of this version when it was released with this very text; without one the
	 * leaflet is a draft, and says so on every page.
	 */
	release?: RegisterEntry;
}

/**
 * Every leaflet of the site, in a stable order (see `listLeafletTexts`), with its paths, its text hash
 * and its release from the register.
 * @param settings the clinic profile and UI strings, whose printed parts are in each leaflet's text
 * hash, and the register of issued versions (none: every leaflet is a draft).
 */
export function listLeaflets(
	articles: Article[],
	languages: string[],
	settings: { clinic: Clinic; ui: Record<string, UiStrings>; register?: readonly RegisterEntry[] },
	sourceLanguage = languages[0],
): Leaflet[] {
	return listLeafletTexts(articles, languages, sourceLanguage).map((text) => {
		const textHash = leafletTextHash(text, settings);
		const release = settings.register?.find(
			(e) =>
				e.id === text.id && e.version === text.article.data.version && e.textHash === textHash && e.issued === text.article.data.issued,
		);
		return {
			...text,
			pdfPath: leafletPdfPath(text.lang, text.slug, text.kind),
			viewPath: leafletViewPath(text.lang, text.slug, text.kind),
			pageCssPath: leafletPageCssPath(text.lang, text.slug, text.kind),
			textHash,
			...(release ? { release } : {}),
		};
	});
}
