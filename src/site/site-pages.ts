import type { Article } from '../content/article-model.ts';
import type { LanguageVersion } from '../i18n/alternates.ts';
import { articlePath, homePath, pagePath } from '../routes/routes.ts';
import type { SitemapPage } from './sitemap.ts';
import { translationsOf, type Site } from './load-site.ts';

/** A page at `/<lang>/<slug>/`, with its slug as data for the route's params. */
export type SlugPageVersion = LanguageVersion & { slug: string };

/** Every public page of the site with its language versions: the one list that routes, sitemap and tests share. */
export interface SitePages {
	homes: LanguageVersion[];
	articles: { key: string; versions: (SlugPageVersion & { article: Article })[] }[];
	imprints: SlugPageVersion[];
	/** Privacy pages exist where `content/pages/<lang>/privacy.mdx` does. */
	privacy: SlugPageVersion[];
}

export function sitePages(site: Site, privacyLanguages: string[]): SitePages {
	const keys = [...new Set(site.articles.map((a) => a.key))].sort();
	return {
		homes: site.languages.map((lang) => ({ lang, path: homePath(lang) })),
		articles: keys.map((key) => ({
			key,
			versions: translationsOf(site, key).map((article) => ({
				lang: article.lang,
				slug: article.slug,
				path: articlePath(article.lang, article.slug),
				article,
			})),
		})),
		imprints: site.languages.map((lang) => slugPage(lang, site.ui[lang]!.slugs.imprint)),
		privacy: site.languages.filter((lang) => privacyLanguages.includes(lang)).map((lang) => slugPage(lang, site.ui[lang]!.slugs.privacy)),
	};
}

const slugPage = (lang: string, slug: string): SlugPageVersion => ({ lang, slug, path: pagePath(lang, slug) });

export function sitemapPages(pages: SitePages): SitemapPage[] {
	return [
		{ versions: pages.homes },
		...pages.articles.map((a) => ({
			versions: a.versions.map(({ lang, path }) => ({ lang, path })),
			lastmod: a.versions
				.map((v) => v.article.data.issued)
				.sort()
				.at(-1),
		})),
		{ versions: pages.imprints },
		...(pages.privacy.length ? [{ versions: pages.privacy }] : []),
	];
}
