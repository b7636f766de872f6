import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { articleSchema } from '../schemas/article.ts';
import { checkFileNames } from './check-file-names.ts';
import { ContentError } from './content-error.ts';
import { listArticleFiles } from './list-articles.ts';
import { parseYaml } from './parse-yaml.ts';
import { readContentFile } from './read-content-file.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

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
				const badNames = checkFileNames(dir, undefined, ['articles']);
				if (badNames.length > 0) throw new ContentError(badNames);
				for (const path of listArticleFiles(dir)) {
					const file = relative(process.cwd(), path);
					// The same reading as the check's: a BOM, bytes that are not UTF-8 or hidden bidi controls
					// stop the build here too when the check was skipped (npm run build:site, npm run dev).
					const read = readContentFile(path);
					const source = read.text;
					if (read.problems.some((p) => p.severity === 'error')) throw new ContentError([{ file, problems: read.problems }]);
					const split = splitFrontmatter(source);
					const id = file.split(/[\\/]/).slice(-2).join('/').replace(/\.md$/, '');
					const checked = split ? parseYaml(split.yaml, articleSchema, 1) : undefined;
					if (!split || !checked?.data) {
						throw new ContentError([{ file, problems: checked?.problems ?? [{ line: 1, column: 1, severity: 'error', ruleId: 'frontmatter-missing', message: 'The file has no frontmatter.', hint: 'Start the file with `---`, the fields, and another `---`.' }] }]);
					}
					// Validated once, above, with the collection's own schema: Astro's parseData() would only repeat it.
					store.set({ id, data: checked.data as Record<string, unknown>, body: split.body, filePath: file, digest: generateDigest(source) });
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
