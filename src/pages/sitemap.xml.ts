import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadSite } from '../site/load-site.ts';
import { sitemapPages, sitePages } from '../site/site-pages.ts';
import { generateSitemap } from '../site/sitemap.ts';
import { absoluteUrl } from '../routes/routes.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
	const site = await loadSite();
	const privacy = await getCollection('pages', (e) => e.data.page === 'privacy');
	const pages = sitePages(
		site,
		privacy.map((e) => e.id.split('/')[0]!),
	);
	const xml = generateSitemap(sitemapPages(pages), site.languages, (path) => absoluteUrl(path, siteUrl!.href, import.meta.env.BASE_URL));
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
