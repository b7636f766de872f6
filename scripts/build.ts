// npm run build: check the content, build the site and the leaflets into a temporary folder,
// and only then replace dist/. Any failure exits non-zero and leaves the last good dist/ untouched.
import { resolve } from 'node:path';
import { publishDir } from '../src/build/publish-dir.ts';
import { runAstroBuild } from '../src/build/run-astro-build.ts';
import { checkContent } from '../src/content/check-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/content-error.ts';
import { buildLeaflets, summary } from '../src/leaflets/build-leaflets.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const started = performance.now();

const check = checkContent(contentDir());
if (check.files.length > 0) console.error(formatProblems(check.files));
if (check.errorCount > 0) {
	console.error(`\nBuild stopped: ${check.errorCount} content error(s). ${outDir} was not changed.`);
	process.exit(1);
}

try {
	await publishDir(outDir, async (tmp) => {
		await runAstroBuild(tmp);
		// Unchanged leaflets are taken from the last good dist/ (their render hash says so); the rest are rendered.
		const leaflets = await buildLeaflets({ root: tmp, base: process.env.SITE_BASE ?? '/', contentDir: contentDir(), check, previousRoot: outDir, force: process.argv.includes('--force') });
		console.log(summary(leaflets));
		if (leaflets.failures.length > 0) throw new Error(`${leaflets.failures.length} leaflet(s) failed.`);
	});
	console.log(`\nBuilt ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
	console.error(`\n${error instanceof Error ? error.message : String(error)}\nBuild failed; ${outDir} was not changed.`);
	process.exit(1);
}
