import type { Loader } from 'astro/loaders';
import { readArticleFile } from './article-fs.ts';
import { checkFileNames } from './check-file-names.ts';
import { checkLinks } from './check-links.ts';
import { ContentError } from './content-error.ts';
import { listArticleFiles } from './list-articles.ts';
import { parseArticle } from './parse-article.ts';

/**
 * Loads `<dir>/articles/<lang>/*.md` into a content collection. Unlike Astro's `glob()` loader it does not
 * hand the markdown to Astro's renderer: bodies are split into sections and rendered by src/content/,
 * the same code the leaflets use. Invalid frontmatter fails with the file, line and field.
 */
export function articleLoader(dir: string): Loader {
	return {
		name: 'clinic-articles',
		load: async ({ store, generateDigest, watcher, logger }) => {
			const sync = async () => {
				store.clear();
				// Files whose name is no slug are skipped by listArticleFiles: fail instead of leaving them out unnoticed.
				const badNames = [...checkFileNames(dir, undefined, ['articles']), ...checkLinks(`${dir}/articles`)];
				if (badNames.length > 0) throw new ContentError(badNames);
				for (const path of listArticleFiles(dir)) {
					// The same reading and parsing as the check's: a BOM, bytes that are not UTF-8 or hidden bidi
					// controls stop the build here too when the check was skipped (npm run build:site, npm run dev).
					const read = readArticleFile(path);
					const file = read.file;
					if (read.problems.some((p) => p.severity === 'error')) throw new ContentError([{ file, problems: read.problems }]);
					const parsed = parseArticle(read.text, file);
					if (!parsed.data) throw new ContentError([{ file, problems: parsed.problems }]);
					// Validated once, by parseArticle() with the collection's own schema: Astro's parseData() would only repeat it.
					store.set({ id: parsed.id, data: parsed.data as Record<string, unknown>, body: parsed.body, filePath: file, digest: generateDigest(read.text) });
				}
			};
			await sync();
			watcher?.add(`${dir}/articles`);
			watcher?.on('all', (_event, changed) => {
				if (changed.startsWith(dir) && changed.endsWith('.md')) {
					sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
				}
			});
		},
	};
}
