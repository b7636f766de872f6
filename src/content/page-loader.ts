import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkFileNames } from './check-file-names.ts';
import { checkLinks } from './check-links.ts';
import { checkPageFile } from './check-page.ts';
import { assertNoErrors } from './content-error.ts';
import { listPageFiles } from './list-pages.ts';

/**
 * Astro's `glob()` loader for `<dir>/pages/<lang>/*.{md,mdx}`, after the check's rules for pages: MDX
 * would otherwise publish elements (and `glob()` follows symbolic links, which the check's page list skips), expressions and `import`/`export` whenever the check is skipped
 * (`npm run build:site`, `npm run dev`). Throws a ContentError listing every problem.
 */
export function pageLoader(dir: string): Loader {
	const inner = glob({ pattern: '*/*.{md,mdx}', base: `${dir}/pages`, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });
	return {
		name: 'clinic-pages',
		load: async (context) => {
			assertNoErrors([...checkFileNames(dir, undefined, ['pages']), ...checkLinks(`${dir}/pages`), ...listPageFiles(dir).map((path) => checkPageFile(path))]);
			await inner.load(context);
		},
	};
}
