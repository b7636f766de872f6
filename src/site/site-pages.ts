import type { Article } from '../content/article-model.ts';
import type { LanguageVersion } from '../i18n/alternates.ts';
import { articlePath, homePath, pagePath } from '../i18n/routes.ts';
import type { SitemapPage } from './sitemap.ts';
import { translationsOf, type Site } from './load-site.ts';

/** Every public page of the site with its language versions: the one list that routes, sitemap and tests share. */
export interface SitePages {
	homes: LanguageVersion[];
	articles: { key: string; versions: (LanguageVersion & { article: Article })[] }[];
	imprints: LanguageVersion[];
	/** Privacy pages exist where `content/pages/<lang>/privacy.mdx` does. */
	privacy: LanguageVersion[];
}

export function sitePages(site: Site, privacyLanguages: string[]): SitePages {
	const keys = [...new Set(site.articles.map((a) => a.key))].sort();
	return {
		homes: site.languages.map((lang) => ({ lang, path: homePath(lang) })),
		articles: keys.map((key) => ({
			key,
			versions: translationsOf(site, key).map((article) => ({ lang: article.lang, path: articlePath(article.lang, article.slug), article })),
		})),
		imprints: site.languages.map((lang) => ({ lang, path: pagePath(lang, site.ui[lang]!.slugs.imprint) })),
		privacy: site.languages.filter((lang) => privacyLanguages.includes(lang)).map((lang) => ({ lang, path: pagePath(lang, site.ui[lang]!.slugs.privacy) })),
	};
}

export function sitemapPages(pages: SitePages): SitemapPage[] {
	return [
		{ versions: pages.homes },
		...pages.articles.map((a) => ({
			versions: a.versions.map(({ lang, path }) => ({ lang, path })),
			lastmod: a.versions.map((v) => v.article.data.issued).sort().at(-1),
		})),
		{ versions: pages.imprints },
		...(pages.privacy.length ? [{ versions: pages.privacy }] : []),
	];
}
