/** URL paths of the site, all relative to the site root and ending in `/`; `withBase` adds the deploy sub-path. */

export const homePath = (lang: string) => `/${lang}/`;
export const articlePath = (lang: string, slug: string) => `/${lang}/${slug}/`;
export const pagePath = (lang: string, slug: string) => `/${lang}/${slug}/`;
/** URL segment of the leaflets (`/<lang>/leaflets/`), which no article slug may take. Paths: leaflet-model.ts. */
export const LEAFLETS_SEGMENT = 'leaflets';

/** Joins the configured `base` (e.g. `/clinic/`) and a root-relative path. */
export function withBase(path: string, base: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Absolute URL of a path on the public site, for canonical links, sitemaps and QR codes. */
export function absoluteUrl(path: string, site: string, base: string): string {
	return new URL(withBase(path, base), site).href;
}
