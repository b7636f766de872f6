import type { APIRoute, GetStaticPaths } from 'astro';
import { leafletPageCss } from '../../../../../templates/page-css.ts';
import { loadSite } from '../../../../site/load-site.ts';
import { leafletDocParams } from '../../../../leaflets/leaflet-routes.ts';
import type { Leaflet } from '../../../../leaflets/leaflet-model.ts';
import { leafletHeaderFooter } from '../../../../leaflets/leaflet-header-footer.ts';
import { withBase } from '../../../../i18n/routes.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.leaflets.map((leaflet) => ({ params: leafletDocParams(leaflet), props: { leaflet } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ leaflet: Leaflet }> = async ({ props, site: siteUrl }) => {
	const site = await loadSite();
	const base = import.meta.env.BASE_URL;
	const parts = leafletHeaderFooter(props.leaflet, site, siteUrl!.href, base);
	const css = leafletPageCss({ ...parts, qrUrl: withBase(`${props.leaflet.viewPath}qr.svg`, base), fontFamily: parts.dir === 'rtl' ? "'IBM Plex Sans Arabic', 'Source Sans 3', sans-serif" : "'Source Sans 3', 'IBM Plex Sans Arabic', sans-serif" });
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
