import type { ArticleData } from '../schemas/article.ts';
import { contentHash } from './content-hash.ts';
import type { ContentProblem } from './content-problem.ts';
import { extractSections, type Reference } from './extract-sections.ts';
import { renderMarkdownNodes } from './render-markdown.ts';
import type { SectionKey } from './section-keys.ts';

export interface RenderedSection {
	key: SectionKey;
	heading: string;
	/** Anchor id on the web page: the section key, language-independent. */
	id: string;
	html: string;
}

/** One treatment article in one language, ready for the page and the leaflets. */
export interface Article {
	/** `<lang>/<file name>`, e.g. `de/mesotherapie`. */
	id: string;
	lang: string;
	key: string;
	slug: string;
	data: ArticleData;
	sections: RenderedSection[];
	/** Hash of the file as written; a translation records its source's hash. */
	hash: string;
	file: string;
	/** Links and images in the body, checked by `checkTree`. */
	references: Reference[];
}

export interface ArticleInput {
	id: string;
	data: ArticleData;
	body: string;
	/** The whole file, for the hash. */
	source: string;
	file: string;
	bodyLineOffset: number;
	/** The site's `base`, prefixed to root-relative links and images in the body. */
	base?: string;
}

/** Builds the article model from validated frontmatter and the markdown body. Pure. */
export function createArticle(input: ArticleInput): { article: Article; problems: ContentProblem[] } {
	const [lang = '', fileName = ''] = input.id.split('/');
	const { sections, problems, references } = extractSections(input.body, input.bodyLineOffset);
	const article: Article = {
		id: input.id,
		lang,
		key: input.data.key,
		slug: input.data.slug ?? fileName,
		data: input.data,
		sections: sections.map((section) => ({
			key: section.key,
			heading: section.heading,
			id: section.key,
			html: renderMarkdownNodes(section.nodes, { idPrefix: section.key, base: input.base ?? '/' }),
		})),
		hash: contentHash(input.source),
		file: input.file,
		references,
	};
	return { article, problems };
}

export function sectionOf(article: Article, key: SectionKey): RenderedSection | undefined {
	return article.sections.find((s) => s.key === key);
}
