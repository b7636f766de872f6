import type { APIRoute, GetStaticPaths } from 'astro';
import { leafletPageCss } from '../../../../templates/page-css.ts';
import { loadSite } from '../../../site/load-site.ts';
import type { Leaflet } from '../../../leaflets/leaflet-model.ts';
import { leafletHeaderFooter } from '../../../leaflets/leaflet-header-footer.ts';
import { leafletQrSvg } from '../../../leaflets/leaflet-qr.ts';
import { leafletSheetName } from '../../../routes/routes.ts';

/** One stylesheet per group of leaflets that share `pageCssPath` (see `leafletSheetName`). */
export const getStaticPaths = (async () => {
	const site = await loadSite();
	const sheets = Map.groupBy(site.leaflets, (leaflet) => leaflet.pageCssPath);
	return [...sheets.values()].map((leaflets) => ({
		params: { lang: leaflets[0]!.lang, sheet: leafletSheetName(leaflets[0]!.slug, leaflets[0]!.kind) },
		props: { leaflets },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ leaflets: Leaflet[] }> = async ({ props, site: siteUrl }) => {
	const site = await loadSite();
	const base = import.meta.env.BASE_URL;
	const rules = await Promise.all(
		props.leaflets.map(async (leaflet) => {
			const { url, ...parts } = leafletHeaderFooter(leaflet, site, siteUrl!.href, base);
			// The QR code of the online article, the address the header prints, travels inside the stylesheet
			// as a data: URL (the CSP allows data: images): no extra file per leaflet to build, serve and hash.
			const qr = await leafletQrSvg(url);
			const fontFamilies =
				parts.dir === 'rtl'
					? ['IBM Plex Sans Arabic', 'Source Sans 3', 'sans-serif']
					: ['Source Sans 3', 'IBM Plex Sans Arabic', 'sans-serif'];
			return leafletPageCss({ ...parts, kind: leaflet.kind, qrUrl: svgDataUrl(qr), fontFamilies });
		}),
	);
	return new Response(rules.join('\n'), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

/** An SVG as a `data:` URL: percent-encoded text, which stays smaller than base64 for SVG. */
function svgDataUrl(svg: string): string {
	return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
