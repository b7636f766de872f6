import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../site/load-site.ts';
import { leafletDocParams } from '../../../../leaflets/leaflet-routes.ts';
import type { Leaflet } from '../../../../leaflets/leaflet-model.ts';
import { leafletQrSvg } from '../../../../leaflets/leaflet-qr.ts';
import { absoluteUrl, articlePath } from '../../../../i18n/routes.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.leaflets.map((leaflet) => ({ params: leafletDocParams(leaflet), props: { leaflet } }));
}) satisfies GetStaticPaths;

/** QR code of the online article in the leaflet's language, shown in the leaflet's page header. */
export const GET: APIRoute<{ leaflet: Leaflet }> = async ({ props, site }) => {
	const { article } = props.leaflet;
	const svg = await leafletQrSvg(absoluteUrl(articlePath(article.lang, article.slug), site!.href, import.meta.env.BASE_URL));
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
