import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileName } from './check-file-names.ts';

/** Page files under `<dir>/pages/<lang>/*.{md,mdx}`, sorted, as paths; names that are no slug are left to checkFileNames. */
export function listPageFiles(dir: string): string[] {
	const root = join(dir, 'pages');
	let langs: string[];
	try {
		langs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name)).map((d) => d.name);
	} catch {
		return [];
	}
	return langs
		.sort()
		.flatMap((lang) => readdirSync(join(root, lang), { withFileTypes: true }).filter((f) => f.isFile() && contentFileName.test(f.name)).map((f) => join(root, lang, f.name)).sort());
}
