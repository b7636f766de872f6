import { resolve } from 'node:path';

/**
 * The content tree the site and leaflets are built from. `CONTENT_DIR` points a build at another tree
 * (the test fixtures, the benchmark's synthetic content); by default it is `content/` in the project.
 */
export function contentDir(): string {
	return resolve(process.env.CONTENT_DIR ?? 'content');
}
