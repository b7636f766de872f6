import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileName } from './check-file-names.ts';

// Its own module: the content collection's loader lists files without loading the markdown stack.
/** Article files under `<dir>/articles/<lang>/*.md`, sorted, as paths; names that are no slug are left to checkFileNames. */
export function listArticleFiles(dir: string): string[] {
	const root = join(dir, 'articles');
	let langs: string[];
	try {
		langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name)).map((d) => d.name);
	} catch {
		return [];
	}
	return langs
		.sort()
		.flatMap((lang) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.md') && contentFileName.test(f)).sort().map((f) => join(root, lang, f)));
}
