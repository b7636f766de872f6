import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { createProblem, type ContentProblem } from './content-problem.ts';
import { fieldLocator, parseYaml, type FieldLocator } from './parse-yaml.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** An article file read as text and split into validated frontmatter and its markdown body. */
export interface ParsedArticle {
	/** `<lang>/<file name>`, e.g. `de/mesotherapie`. */
	id: string;
	/** The validated frontmatter; undefined when the file has none or it is invalid. */
	data?: ArticleData;
	body: string;
	/** Lines before the body (both `---` lines and the YAML). */
	bodyLineOffset: number;
	/** Problems of the frontmatter (none of the body: `createArticle()` finds those). */
	problems: ContentProblem[];
	/** Where a frontmatter field stands in the file, from this parse's text: no file is read again. */
	locate: FieldLocator;
}

const atStart: FieldLocator = () => ({ line: 1, column: 1 });

/**
 * Parses the text of an article file: frontmatter against the article schema, body split off. Pure; the
 * Astro loader and `npm run check` both call it, so both accept and refuse the same files.
 * @param file the file's path, for its id (`<lang>/<name>` from the last two segments).
 * @param known frontmatter validated before from this same text (the site build's collection entry): not parsed again.
 */
export function parseArticle(text: string, file: string, known?: ArticleData): ParsedArticle {
	const id = file.split(/[\\/]/).slice(-2).join('/').replace(/\.md$/, '');
	const split = splitFrontmatter(text);
	if (!split) {
		return { id, body: text, bodyLineOffset: 0, problems: [createProblem('frontmatter-missing', { line: 1, column: 1 }, { fields: 'key, title, …' })], locate: atStart };
	}
	const parsed = known ? { data: known, problems: [] } : parseYaml(split.yaml, articleSchema, 1);
	return { id, data: parsed.data, body: split.body, bodyLineOffset: split.bodyLineOffset, problems: parsed.problems, locate: fieldLocator(split.yaml, 1) };
}
