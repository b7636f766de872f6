import { leafletKinds, type LeafletKind } from '../routes/routes.ts';
import type { Article } from './article-model.ts';

/** What a leaflet's text depends on: which document it is and the article(s) it prints. */
export interface LeafletText {
	/** Document id printed in every footer: treatment, kind, language. @example mesotherapy-consent-de */
	id: string;
	kind: LeafletKind;
	lang: string;
	/** The article's slug: with `lang` and `kind` it names every path of the leaflet (src/routes/routes.ts). */
	slug: string;
	article: Article;
	/** For a bilingual consent form: the source-language (German) article it pairs with `article`. */
	source?: Article;
	/** The clinic's language: a consent form in any other carries the interpreter's block. */
	sourceLanguage: string;
}

/**
 * Every leaflet of the site, in a stable order (language order, then key, then kind): a consent form
 * and an aftercare sheet per article, and for translations a bilingual consent form with the source.
 * The check (the register of issued versions) and the leaflet model (src/leaflets/leaflet-model.ts) both list them here.
 */
export function listLeafletTexts(articles: Article[], languages: string[], sourceLanguage = languages[0]!): LeafletText[] {
	return languages.flatMap((lang) =>
		articles
			.filter((a) => a.lang === lang)
			.sort((a, b) => a.key.localeCompare(b.key))
			.flatMap((article) => {
				const source = lang === sourceLanguage ? undefined : articles.find((a) => a.key === article.key && a.lang === sourceLanguage);
				return leafletKinds
					.filter((kind) => kind !== 'consent-bilingual' || source)
					.map((kind) => ({
						id: `${article.key}-${kind}-${lang}`,
						kind,
						lang,
						slug: article.slug,
						article,
						...(kind === 'consent-bilingual' ? { source } : {}),
						sourceLanguage,
					}));
			}),
	);
}
