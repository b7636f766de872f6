import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Astro's cache folder (its content data store) for one content tree. Astro keeps the store across
 * builds and regenerates `.astro/content-modules.mjs` from it; shared between content trees, a build
 * after another tree's (the benchmark's or a test's temporary one, since deleted) failed on imports
 * of that tree's MDX files. One folder per tree keeps each store to its own files.
 */
export function astroCacheDir(contentDir: string, projectDir = process.cwd()): string {
	const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
	return join(projectDir, 'node_modules', '.astro', `content-${key}`);
}
