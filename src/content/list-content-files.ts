import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileName } from './check-file-names.ts';

// Its own module: the content collection's loaders list files without loading the markdown stack.
/**
 * The files of one area of the content tree (`<dir>/<area>/<lang>/<slug>.<ext>`), sorted, as paths. Only
 * regular files in language folders whose names are slugs: other names are left to checkFileNames, and
 * links and special files to checkLinks, which report them.
 */
export function listContentFiles(dir: string, area: 'articles' | 'pages', extensions: readonly string[]): string[] {
	const root = join(dir, area);
	let langs: string[];
	try {
		langs = readdirSync(root, { withFileTypes: true })
			.filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name))
			.map((d) => d.name);
	} catch {
		return [];
	}
	return langs.sort().flatMap((lang) =>
		readdirSync(join(root, lang), { withFileTypes: true })
			.filter((f) => f.isFile() && contentFileName.test(f.name) && extensions.some((ext) => f.name.endsWith(ext)))
			.map((f) => join(root, lang, f.name))
			.sort(),
	);
}
