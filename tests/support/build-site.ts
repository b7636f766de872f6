import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { astroCacheDir } from '../../src/build/astro-cache-dir.ts';
import { startAstroBuild } from '../../src/build/run-astro-build.ts';
import { buildLeaflets, summary } from '../../src/leaflets/build-leaflets.ts';

/** A content tree in a temp folder: a fixture's files plus the project's real UI strings (never copied into fixtures). */
export function fixtureContent(fixture: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'clinic-content-'));
	cpSync(resolve('content/ui'), join(dir, 'ui'), { recursive: true });
	cpSync(resolve('tests/fixtures', fixture), dir, { recursive: true });
	return dir;
}

/** Builds the site from `contentDir` into a new temp folder (with `leaflets`, the PDFs too) and returns it. */
export async function buildSite(options: { contentDir?: string; base?: string; leaflets?: boolean } = {}): Promise<string> {
	const outDir = mkdtempSync(join(tmpdir(), 'clinic-dist-'));
	const contentDir = options.contentDir ?? resolve('content');
	const base = options.base ?? '/';
	try {
		await startAstroBuild(outDir, { ...process.env, CONTENT_DIR: contentDir, SITE_BASE: base }, { quiet: true }).done;
	} finally {
		// A temporary tree's content cache would only pile up in node_modules/.astro.
		if (resolve(contentDir).startsWith(tmpdir())) rmSync(astroCacheDir(contentDir), { recursive: true, force: true });
	}
	if (options.leaflets) {
		const result = await buildLeaflets({ root: outDir, base, contentDir, progress: false });
		if (result.failures.length > 0) throw new Error(summary(result));
	}
	return outDir;
}
