/**
 * Every URL path and file name of the built site, and the fixed anchors links may point at. Paths are
 * root-relative (`/de/…`); `withBase` adds the deploy sub-path. This module is the bottom of the import
 * graph and imports nothing of the project: pages, the leaflet stage, the content check and the manifest
 * schema all build and recognise paths here, so they cannot disagree (docs/ARCHITECTURE.md, layers).
 */

export const leafletKinds = ['consent', 'aftercare', 'consent-bilingual'] as const;
export type LeafletKind = (typeof leafletKinds)[number];

/** Anchors of every language's home page, e.g. the header's link to `#treatments`. */
export const homeAnchors = ['main', 'treatments', 'team', 'contact'] as const;
export type HomeAnchor = (typeof homeAnchors)[number];

/**
 * Anchors every article page has besides its sections and their sub-headings; `npm run check` accepts
 * links to them, and a build test makes sure the page has no id missing from this list.
 */
export const fixedArticleAnchors = [
	'main',
	'article-title',
	'notice',
	'facts-title',
	'leaflets-title',
	'toc-title',
	'contraindications',
	'preparation',
	'after-effects',
	'aftercare-windows',
	'alternatives',
	'warning-signs',
	'faq',
	'disclaimer',
	'sources',
	'footer-address',
	'footer-hours',
	'footer-contact',
	'contact',
] as const;

export const homePath = (lang: string, anchor?: HomeAnchor) => `/${lang}/${anchor ? `#${anchor}` : ''}`;
export const articlePath = (lang: string, slug: string) => `/${lang}/${slug}/`;
/** The Impressum and the privacy page share the URL level of articles, with localized slugs. */
export const pagePath = (lang: string, slug: string) => `/${lang}/${slug}/`;

/** URL segment of the leaflets (`/<lang>/leaflets/`), which no article slug may take. */
export const LEAFLETS_SEGMENT = 'leaflets';
export const leafletIndexPath = (lang: string) => `/${lang}/${LEAFLETS_SEGMENT}/`;
/** A leaflet's name in its folder: the print view's folder and the PDF's file name, e.g. `mesotherapie-consent`. */
export const leafletDocName = (slug: string, kind: LeafletKind) => `${slug}-${kind}`;
export const leafletViewPath = (lang: string, slug: string, kind: LeafletKind) => `${leafletIndexPath(lang)}${leafletDocName(slug, kind)}/`;
export const leafletPdfPath = (lang: string, slug: string, kind: LeafletKind) =>
	`${leafletIndexPath(lang)}${leafletDocName(slug, kind)}.pdf`;
/**
 * The name of a leaflet's page-rules stylesheet. Leaflets whose text depends on the same inputs share
 * one, so the site has fewer files and a change still re-renders exactly the leaflets it affects: an
 * article's consent form and aftercare sheet share `<slug>.css`; a bilingual consent form, which also
 * depends on the source article, has `<slug>.bilingual.css`. Slugs have no dots, so the names cannot collide.
 */
export const leafletSheetName = (slug: string, kind: LeafletKind) => `${slug}${kind === 'consent-bilingual' ? '.bilingual' : ''}`;
export const leafletPageCssPath = (lang: string, slug: string, kind: LeafletKind) =>
	`${leafletIndexPath(lang)}${leafletSheetName(slug, kind)}.css`;

/** Whether a site path is where leaflet PDFs are written (`/<lang>/leaflets/<name>.pdf`), the only files a manifest may name as PDFs. */
export function isLeafletPdfPath(path: string): boolean {
	return new RegExp(`^/[^/]+/${LEAFLETS_SEGMENT}/[^/]+\\.pdf$`).test(path);
}

/** The leaflet manifest in the site's root folder. */
export const MANIFEST_FILE = 'leaflets.json';
/** Far more than the manifest of thousands of leaflets; a bigger file is not one the build wrote. */
export const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

/** Joins the configured `base` (e.g. `/clinic/`) and a root-relative path. */
export function withBase(path: string, base: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The root-relative path of a URL path under `base` (`/praxis/de/` → `/de/`): the inverse of `withBase`. */
export function withoutBase(pathname: string, base: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return pathname.slice(trimmedBase.length);
}

/** Absolute URL of a path on the public site, for canonical links, sitemaps and QR codes. */
export function absoluteUrl(path: string, site: string, base: string): string {
	return new URL(withBase(path, base), site).href;
}
