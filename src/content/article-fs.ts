import { relative } from 'node:path';
import type { ContentProblem } from './content-problem.ts';
import { readContentFile } from './read-content-file.ts';

/** An article file as read from disk: its text and the problems of its bytes (BOM, not UTF-8, hidden characters). */
export interface ArticleFile {
	/** The path as reported to authors: relative to the working directory. */
	file: string;
	text: string;
	problems: ContentProblem[];
}

/** Reads one article file; the only place the article check and the Astro loader touch the file system for it. */
export function readArticleFile(path: string): ArticleFile {
	const read = readContentFile(path);
	return { file: relative(process.cwd(), path) || path, text: read.text, problems: read.problems };
}
