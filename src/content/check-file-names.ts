import { readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileProblems } from './content-error.ts';
import { createProblem } from './content-problem.ts';
import type { RuleParams } from '../problems/problem-catalogue.ts';

/** The file name of an article or page: its URL slug (lower-case letters, digits, single hyphens) and extension. */
export const contentFileName = /^[a-z0-9]+(-[a-z0-9]+)*\.(md|mdx)$/;
const languageFolder = /^[a-z]{2,3}$/;

/**
 * Names under `articles/` and `pages/` that cannot become a URL or are not read at all: the file name is
 * the slug (`Mein Artikel.md`, `Ärger.md`, `..md`, `.hidden.md`, `Alpha.md` are not), each folder is
 * a language of the clinic, and nothing else lies there. Such files are never loaded (`listArticleFiles`
 * skips them), so they are reported here instead of being published under a broken URL or ignored.
 * @param languages the clinic's languages; without them, only the form of a folder name is checked.
 */
export function checkFileNames(dir: string, languages?: readonly string[], areas: readonly ('articles' | 'pages')[] = ['articles', 'pages']): FileProblems[] {
	const reports: FileProblems[] = [];
	const report = (path: string, params: RuleParams<'file-name'>) =>
		reports.push({ file: relative(process.cwd(), path) || path, problems: [createProblem('file-name', { line: 1, column: 1 }, params)] });
	for (const [area, extensions] of [['articles', ['md']], ['pages', ['md', 'mdx']]] as const) {
		if (!areas.includes(area)) continue;
		const root = join(dir, area);
		for (const folder of entries(root)) {
			const folderPath = join(root, folder.name);
			if (!folder.isDirectory()) {
				report(folderPath, { why: 'not-a-folder', area, name: folder.name, languages });
				continue;
			}
			if (!languageFolder.test(folder.name)) {
				report(folderPath, { why: 'not-a-language', area, name: folder.name, languages });
				continue;
			}
			// A folder of a language the clinic does not offer is reported per article (unknown-language).
			for (const file of entries(folderPath)) {
				const path = join(folderPath, file.name);
				const extension = /\.([^.]+)$/.exec(file.name)?.[1] ?? '';
				if (file.isDirectory() || !(extensions as readonly string[]).includes(extension)) {
					report(path, { why: 'wrong-kind', area, folder: folder.name, name: file.name, extensions });
				} else if (!contentFileName.test(file.name)) {
					report(path, { why: 'not-a-slug', name: file.name, suggestion: `${suggestSlug(file.name)}.${extension}` });
				}
			}
		}
	}
	return reports;
}

/** The entries of a folder sorted by name, none for a folder that cannot be read (checkLinks walks the same way). */
export function entries(path: string): Dirent[] {
	try {
		return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
	} catch {
		return [];
	}
}

function suggestSlug(name: string): string {
	const slug = name
		.replace(/\.[^.]*$/, '')
		.toLowerCase()
		.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'my-article';
}
