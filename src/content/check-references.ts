import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Article } from './article-model.ts';
import type { ContentProblem } from './content-problem.ts';
import { closest } from './did-you-mean.ts';
import { urlProblem } from '../schemas/url-policy.ts';
import { articlePath, fixedArticleAnchors, homePath, leafletIndexPath, leafletKinds, leafletPdfPath, leafletViewPath } from '../routes/routes.ts';

export interface ReferenceContext {
	clinic: Clinic;
	ui: Record<string, UiStrings>;
	articles: Article[];
	/** Languages that have a privacy page. */
	privacyLanguages: string[];
	/** Whether a file exists in `public/` (images are published from there). */
	publicFileExists: (path: string) => boolean;
}

/**
 * Links and images in article bodies: internal links must point at a page (or leaflet) of the site and,
 * with `#…`, at an anchor that page has; images must exist in `public/` and have alternative text.
 */
export function checkReferences(article: Article, context: ReferenceContext, pages = knownPages(context)): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const ref of article.references) {
		const at = { line: ref.line, column: ref.column };
		// Reported by the URL policy in extractSections, with its line; only a relative `../` link gets
		// the relative-link advice too, which says what to write instead.
		const refused = urlProblem(ref.url, ref.kind);
		if (refused && !(refused.ruleId === 'path-traversal' && ref.kind === 'link' && !ref.url.startsWith('/'))) continue;
		if (/^(https:|mailto:|tel:)/i.test(ref.url)) continue;
		if (ref.kind === 'image') {
			if (!ref.url.startsWith('/')) {
				problems.push({ ...at, severity: 'error', ruleId: 'image-path', message: `The image "${ref.url}" is not a path from the site root.`, hint: 'Put images into public/images/ and write ![description](/images/file.jpg).' });
			} else if (!context.publicFileExists(ref.url)) {
				problems.push({ ...at, severity: 'error', ruleId: 'image-missing', message: `The image "${ref.url}" does not exist.`, hint: `Add the file as public${ref.url}, or correct the path.` });
			}
			continue;
		}
		const [path = '', anchor] = ref.url.split('#');
		const target = path === '' ? pages.get(pathOf(article)) : pages.get(path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`);
		if (!ref.url.startsWith('/') && !ref.url.startsWith('#')) {
			problems.push({ ...at, severity: 'error', ruleId: 'link-relative', message: `The link "${ref.url}" is relative.`, hint: 'Link to pages of the site with their full path, e.g. [Mesotherapie](/de/mesotherapie/) — relative links break on translated pages and in leaflets.' });
			continue;
		}
		if (!target) {
			const guess = closest(path, [...pages.keys()]);
			problems.push({ ...at, severity: 'error', ruleId: 'link-broken', message: `The link "${ref.url}" points to no page of the site.`, hint: guess ? `Did you mean ${guess}?` : 'Check the language folder and the slug of the page.' });
			continue;
		}
		if (anchor !== undefined && anchor !== '' && !target.includes(anchor)) {
			const guess = closest(anchor, target);
			problems.push({ ...at, severity: 'error', ruleId: 'anchor-broken', message: `The page ${path || pathOf(article)} has no anchor "#${anchor}".`, hint: guess ? `Did you mean #${guess}?` : `Anchors on that page: ${target.slice(0, 12).join(', ')}${target.length > 12 ? ', …' : ''}.` });
		}
	}
	return problems;
}

const pathOf = (article: Article) => articlePath(article.lang, article.slug);

/** Every page and leaflet of the site by path, with the anchors it is known to have. Build it once per check. */
export function knownPages({ clinic, ui, articles, privacyLanguages }: ReferenceContext): Map<string, string[]> {
	const pages = new Map<string, string[]>([['/', []]]);
	for (const lang of clinic.languages) {
		const strings = ui[lang];
		pages.set(homePath(lang), ['main', 'treatments', 'team', 'contact']);
		pages.set(leafletIndexPath(lang), ['main']);
		if (strings) pages.set(`/${lang}/${strings.slugs.imprint}/`, ['main']);
		if (strings && privacyLanguages.includes(lang)) pages.set(`/${lang}/${strings.slugs.privacy}/`, ['main']);
	}
	for (const article of articles) {
		const ids = [...fixedArticleAnchors, ...article.sections.flatMap((s) => [s.id, ...[...s.html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)])];
		pages.set(pathOf(article), ids);
		for (const kind of leafletKinds) {
			pages.set(leafletPdfPath(article.lang, article.slug, kind), []);
			pages.set(leafletViewPath(article.lang, article.slug, kind), []);
		}
	}
	return pages;
}
