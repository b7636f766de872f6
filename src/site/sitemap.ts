import { hreflangAlternates, type LanguageVersion } from '../i18n/alternates.ts';

/** One page of the site with all its language versions (one entry per version goes into the sitemap). */
export interface SitemapPage {
	versions: LanguageVersion[];
	/** `YYYY-MM-DD` of the last change, when known. */
	lastmod?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A sitemap with `xhtml:link` language alternates (Google's format for localized pages).
 * @param toUrl turns a root-relative path into the absolute public URL (site + base).
 */
export function generateSitemap(pages: SitemapPage[], languageOrder: string[], toUrl: (path: string) => string): string {
	const entries = pages.flatMap((page) => {
		const alternates = hreflangAlternates(page.versions, languageOrder);
		return page.versions.map((version) => {
			const links = alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(toUrl(a.path))}"/>`);
			return [
				'  <url>',
				`    <loc>${escapeXml(toUrl(version.path))}</loc>`,
				...(page.lastmod ? [`    <lastmod>${page.lastmod}</lastmod>`] : []),
				...links,
				'  </url>',
			].join('\n');
		});
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		'',
	].join('\n');
}
