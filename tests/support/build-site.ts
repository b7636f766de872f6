import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAstroBuild } from '../../src/build/run-astro-build.ts';

/** A content tree in a temp folder: a fixture's files plus the project's real UI strings (never copied into fixtures). */
export function fixtureContent(fixture: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'clinic-content-'));
	cpSync(resolve('content/ui'), join(dir, 'ui'), { recursive: true });
	cpSync(resolve('tests/fixtures', fixture), dir, { recursive: true });
	return dir;
}

/** Builds the site (Astro stage only) from `contentDir` into a new temp folder and returns it. */
export async function buildSite(options: { contentDir?: string; base?: string } = {}): Promise<string> {
	const outDir = mkdtempSync(join(tmpdir(), 'clinic-dist-'));
	await runAstroBuild(outDir, {
		...process.env,
		CONTENT_DIR: options.contentDir ?? resolve('content'),
		SITE_BASE: options.base ?? '/',
	}, { quiet: true });
	return outDir;
}
