import { join, relative } from 'node:path';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { createArticle, type Article } from './article-model.ts';
import type { FileProblems } from './content-error.ts';
import { parseYaml, locateField } from './parse-yaml.ts';
import { readContentFile } from './read-content-file.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** Reads, validates and models one article file; `article` is undefined when its frontmatter is invalid. */
export function loadArticleFile(path: string, data?: ArticleData, base = '/'): { article?: Article; report: FileProblems } {
	const file = relative(process.cwd(), path) || path;
	const read = readContentFile(path);
	const source = read.text;
	const split = splitFrontmatter(source);
	if (!split) {
		return { report: { file, problems: [...read.problems, { line: 1, column: 1, severity: 'error', ruleId: 'frontmatter-missing', message: 'The file has no frontmatter.', hint: 'Start the file with a `---` line, the fields (key, title, …), and another `---` line.' }] } };
	}
	const parsed = data ? { data, problems: [] } : parseYaml(split.yaml, articleSchema, 1);
	if (!parsed.data) return { report: { file, problems: [...read.problems, ...parsed.problems] } };
	const id = relative(join(path, '..', '..'), path).replace(/\\/g, '/').replace(/\.md$/, '');
	const { article, problems } = createArticle({ id, data: parsed.data, body: split.body, source, file, bodyLineOffset: split.bodyLineOffset, base });
	return { article, report: { file, problems: [...read.problems, ...problems] } };
}

/** Where a frontmatter field of an article stands in its file. */
export function locateArticleField(article: Article, path: (string | number)[]): { line: number; column: number } {
	const split = splitFrontmatter(readContentFile(article.file).text);
	return split ? locateField(split.yaml, path, 1) : { line: 1, column: 1 };
}
