import type { ArticleData } from '../schemas/article.ts';
import { readArticleFile } from './article-fs.ts';
import { createArticle, type Article } from './article-model.ts';
import type { FileProblems } from './content-error.ts';
import { parseArticle } from './parse-article.ts';
import type { FieldLocator } from './parse-yaml.ts';

// Each article's frontmatter positions, from the one reading of its file: problems found later (checkTree)
// are placed from here instead of reading and parsing the file again per problem.
const locators = new WeakMap<Article, FieldLocator>();
// And the file's text, for the rules that read the body as written (the advertising check).
const texts = new WeakMap<Article, string>();

/** Reads, validates and models one article file; `article` is undefined when its frontmatter is invalid. */
export function loadArticleFile(path: string, data?: ArticleData, base = '/'): { article?: Article; report: FileProblems; unloaded?: UnloadedArticle } {
	const read = readArticleFile(path);
	const parsed = parseArticle(read.text, read.file, data);
	const file = read.file;
	if (!parsed.data) {
		// What the file would have been, so that its translations are not told it does not exist.
		const key = /^key:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*(?:#.*)?$/m.exec(read.text)?.[1];
		return { report: { file, problems: [...read.problems, ...parsed.problems] }, unloaded: { lang: parsed.id.split('/')[0] ?? '', key } };
	}
	const { article, problems } = createArticle({ id: parsed.id, data: parsed.data, body: parsed.body, source: read.text, file, bodyLineOffset: parsed.bodyLineOffset, base });
	locators.set(article, parsed.locate);
	texts.set(article, read.text);
	return { article, report: { file, problems: [...read.problems, ...problems] } };
}

/**
 * An article file that failed to load (its problems are reported at it): its language, and its `key` where
 * a `key:` line could be read from the text anyway (without it, any key of the language may be this file's).
 */
export interface UnloadedArticle {
	lang: string;
	key: string | undefined;
}

/**
 * Where a frontmatter field of an article stands in its file (line 1 for an article not loaded by
 * `loadArticleFile`); with `valueOffset`, that character of its text value (see `FieldLocator`).
 */
export function locateArticleField(article: Article, path: (string | number)[], valueOffset?: number): { line: number; column: number } {
	return locators.get(article)?.(path, valueOffset) ?? { line: 1, column: 1 };
}

/** The text of an article's file as `loadArticleFile` read it (undefined for an article it did not load). */
export function articleText(article: Article): string | undefined {
	return texts.get(article);
}
