import type { Article } from '../content/article-model.ts';
import { leafletKinds, leafletPageCssPath, leafletPdfPath, leafletViewPath, type LeafletKind } from '../routes/routes.ts';
import { contentHash } from '../content/content-hash.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';

/** The leaflet kind's name in a language, e.g. "Aufklärungs- und Einwilligungsbogen (zweisprachig)". */
export function leafletLabel(kind: LeafletKind, ui: UiStrings): string {
	return kind === 'consent-bilingual' ? `${ui.leaflet.consent} (${ui.leaflet.bilingual})` : ui.leaflet[kind];
}

/** One printable document: an article in one language as a consent form or an aftercare sheet. */
export interface Leaflet {
	/** Document id printed in every footer: treatment, kind, language. @example mesotherapy-consent-de */
	id: string;
	kind: LeafletKind;
	lang: string;
	article: Article;
	/** For a bilingual consent form: the source-language (German) article it pairs with `article`. */
	source?: Article;
	/** The article's slug: with `lang` and `kind` it names every path of the leaflet (src/routes/routes.ts). */
	slug: string;
	/** Root-relative path of the PDF, e.g. `/de/leaflets/mesotherapie-consent.pdf`. */
	pdfPath: string;
	/** Root-relative path of the HTML print view the PDF is rendered from. */
	viewPath: string;
	/** Root-relative path of the stylesheet with its page rules (running header and footer); see `leafletPageCssPath`. */
	pageCssPath: string;
	/**
	 * Short hash of everything the leaflet's text depends on (the article file, the clinic profile,
	 * the UI strings, the templates), printed in the footer: two printouts with the same version and
	 * checksum carry the same text.
	 */
	checksum: string;
}

/**
 * Every leaflet of the site, in a stable order (language order, then key, then kind): a consent form
 * and an aftercare sheet per article, and for translations a bilingual consent form with the source.
 * @param sharedInputs hash of the inputs all leaflets of a language share (see `leafletInputsHash`).
 */
export function listLeaflets(
	articles: Article[],
	languages: string[],
	sharedInputs: (lang: string) => string,
	sourceLanguage = languages[0],
): Leaflet[] {
	return languages.flatMap((lang) =>
		articles
			.filter((a) => a.lang === lang)
			.sort((a, b) => a.key.localeCompare(b.key))
			.flatMap((article) => {
				const source = lang === sourceLanguage ? undefined : articles.find((a) => a.key === article.key && a.lang === sourceLanguage);
				return leafletKinds
					.filter((kind) => kind !== 'consent-bilingual' || source)
					.map((kind) => {
						const inputs =
							kind === 'consent-bilingual'
								? `${article.hash}\n${source!.hash}\n${sharedInputs(lang)}\n${sharedInputs(source!.lang)}`
								: `${article.hash}\n${sharedInputs(lang)}`;
						return {
							id: `${article.key}-${kind}-${lang}`,
							kind,
							lang,
							slug: article.slug,
							article,
							...(kind === 'consent-bilingual' ? { source } : {}),
							pdfPath: leafletPdfPath(lang, article.slug, kind),
							viewPath: leafletViewPath(lang, article.slug, kind),
							pageCssPath: leafletPageCssPath(lang, article.slug, kind),
							checksum: contentHash(`${kind}\n${inputs}`).slice(0, 8),
						};
					});
			}),
	);
}
