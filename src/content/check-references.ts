import type { Clinic } from '../schemas/clinic.ts';
import type { UiStrings } from '../schemas/ui-strings.ts';
import type { Article } from './article-model.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { closest } from './did-you-mean.ts';
import { urlProblem } from '../schemas/url-policy.ts';
import { articlePath, fixedArticleAnchors, homeAnchors, homePath, leafletIndexPath, leafletKinds, leafletPdfPath, leafletViewPath, pagePath } from '../routes/routes.ts';

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
				problems.push(createProblem('image-path', at, { url: ref.url }));
			} else if (!context.publicFileExists(ref.url)) {
				problems.push(createProblem('image-missing', at, { url: ref.url }));
			}
			continue;
		}
		const [path = '', anchor] = ref.url.split('#');
		const target = path === '' ? pages.get(pathOf(article)) : pages.get(path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`);
		if (!ref.url.startsWith('/') && !ref.url.startsWith('#')) {
			problems.push(createProblem('link-relative', at, { url: ref.url }));
			continue;
		}
		if (!target) {
			const guess = closest(path, [...pages.keys()]);
			problems.push(createProblem('link-broken', at, { url: ref.url, guess }));
			continue;
		}
		if (anchor !== undefined && anchor !== '' && !target.includes(anchor)) {
			const guess = closest(anchor, target);
			problems.push(createProblem('anchor-broken', at, { page: path || pathOf(article), anchor, guess, anchors: target }));
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
		pages.set(homePath(lang), [...homeAnchors]);
		pages.set(leafletIndexPath(lang), ['main']);
		if (strings) pages.set(pagePath(lang, strings.slugs.imprint), ['main']);
		if (strings && privacyLanguages.includes(lang)) pages.set(pagePath(lang, strings.slugs.privacy), ['main']);
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
