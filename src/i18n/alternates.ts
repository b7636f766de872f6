/** A page in one language, for language switchers, hreflang links and sitemaps. */
export interface LanguageVersion {
	lang: string;
	/** Root-relative path of the page in that language. */
	path: string;
}

/**
 * The hreflang alternates of a page: one per language the page really exists in, in the clinic's language order,
 * plus `x-default` pointing at the default language's version (or the first existing one).
 * A single-language page gets no alternates at all: there is nothing to point to.
 */
export function hreflangAlternates(versions: LanguageVersion[], languageOrder: string[]): { hreflang: string; path: string }[] {
	const ordered = orderVersions(versions, languageOrder);
	if (ordered.length < 2) return [];
	const fallback = ordered.find((v) => v.lang === languageOrder[0]) ?? ordered[0]!;
	return [...ordered.map((v) => ({ hreflang: v.lang, path: v.path })), { hreflang: 'x-default', path: fallback.path }];
}

/** Versions sorted by the clinic's language order, without duplicates and without languages it does not offer. */
export function orderVersions(versions: LanguageVersion[], languageOrder: string[]): LanguageVersion[] {
	return languageOrder.flatMap((lang) => versions.find((v) => v.lang === lang) ?? []);
}
