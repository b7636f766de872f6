import type { APIRoute } from 'astro';
import { loadSite } from '../site/load-site.ts';
import { sitemapPages, sitePages } from '../site/site-pages.ts';
import { generateSitemap } from '../site/sitemap.ts';
import { absoluteUrl } from '../routes/routes.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
	const site = await loadSite();
	const pages = sitePages(site, site.privacyLanguages);
	const xml = generateSitemap(sitemapPages(pages), site.languages, (path) => absoluteUrl(path, siteUrl!.href, import.meta.env.BASE_URL));
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
