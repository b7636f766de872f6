import type { ArticleData } from '../schemas/article.ts';
import { contentHash } from './content-hash.ts';
import type { ContentProblem } from './content-problem.ts';
import { extractSections, type Reference } from './extract-sections.ts';
import { renderMarkdownNodes } from './render-markdown.ts';
import { proseSentences, type ProseSentence } from './prose-sentences.ts';
import type { SectionKey } from './section-keys.ts';
import { translatableHash, type TranslatableHash } from './source-parts.ts';

export interface RenderedSection {
	key: SectionKey;
	heading: string;
	/** Anchor id on the web page: the section key, language-independent. */
	id: string;
	html: string;
	/** 1-based line of the section's heading in the file. */
	line: number;
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
	/** Hash of the file as written (leaflet checksums). */
	hash: string;
	/** Hash of what a translation is made from, and of each part: a translation records its source's. */
	translatable: TranslatableHash;
	file: string;
	/** Links and images in the body, checked by `checkTree`. */
	references: Reference[];
	/** The sentences of its prose with their lines, for the readability scores (check-readability.ts). */
	prose?: ProseSentence[];
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
	// Before rendering: the hash is of the markdown as parsed, whatever the renderer does with the nodes.
	const translatable = translatableHash(input.data, sections);
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
			line: section.line,
		})),
		hash: contentHash(input.source),
		translatable,
		file: input.file,
		references,
		prose: proseSentences(sections, input.body, lang, input.bodyLineOffset),
	};
	return { article, problems };
}

export function sectionOf(article: Article, key: SectionKey): RenderedSection | undefined {
	return article.sections.find((s) => s.key === key);
}
