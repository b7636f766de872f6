import type { APIRoute, GetStaticPaths } from 'astro';
import { leafletPageCss } from '../../../../../templates/page-css.ts';
import { loadSite } from '../../../../site/load-site.ts';
import { leafletDocParams } from '../../../../leaflets/leaflet-routes.ts';
import type { Leaflet } from '../../../../leaflets/leaflet-model.ts';
import { leafletHeaderFooter } from '../../../../leaflets/leaflet-header-footer.ts';
import { leafletQrSvg } from '../../../../leaflets/leaflet-qr.ts';
import { absoluteUrl, articlePath } from '../../../../i18n/routes.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.leaflets.map((leaflet) => ({ params: leafletDocParams(leaflet), props: { leaflet } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ leaflet: Leaflet }> = async ({ props, site: siteUrl }) => {
	const site = await loadSite();
	const base = import.meta.env.BASE_URL;
	const parts = leafletHeaderFooter(props.leaflet, site, siteUrl!.href, base);
	// The QR code of the online article travels inside the stylesheet as a data: URL (the CSP allows data:
	// images): no extra file per leaflet to build, serve and hash.
	const { article } = props.leaflet;
	const qr = await leafletQrSvg(absoluteUrl(articlePath(article.lang, article.slug), siteUrl!.href, base));
	const css = leafletPageCss({ ...parts, qrUrl: svgDataUrl(qr), fontFamily: parts.dir === 'rtl' ? "'IBM Plex Sans Arabic', 'Source Sans 3', sans-serif" : "'Source Sans 3', 'IBM Plex Sans Arabic', sans-serif" });
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

/** An SVG as a `data:` URL: percent-encoded text, which stays smaller than base64 for SVG. */
function svgDataUrl(svg: string): string {
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
