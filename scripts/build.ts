// npm run build: check the content while Astro builds the site, then the leaflets, all into a temporary
// folder, and only then replace dist/. Any failure exits non-zero and leaves the last good dist/ untouched.
import { resolve } from 'node:path';
import { z } from 'zod';
import { exitWith, handleInterrupts } from '../src/build/interrupt.ts';
import { UnsafeOutputError } from '../src/build/output-guard.ts';
import { publishDir } from '../src/build/publish-dir.ts';
import { startAstroBuild } from '../src/build/run-astro-build.ts';
import { exitOnUsageError, parseCli, parseEnv, USAGE_EXIT_CODE } from '../src/cli/parse-cli.ts';
import { checkContent, type CheckResult } from '../src/content/check-content.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/format-report.ts';
import { buildLeaflets, summary } from '../src/leaflets/build-leaflets.ts';

let flags;
let env;
try {
	env = parseEnv(['OUT_DIR', 'SITE_BASE', 'CONTENT_DIR']);
	flags = parseCli(process.argv.slice(2), {
		usage: 'npm run build [-- --force]',
		options: { force: { type: 'boolean', default: false } },
		schema: z.object({ force: z.boolean() }),
	});
} catch (error) {
	exitOnUsageError(error);
}
handleInterrupts();
const outDir = resolve(env!.OUT_DIR ?? 'dist');
const started = performance.now();

/** The content check found errors: the build stops, and says so in its own words. */
class ContentErrors extends Error {}

try {
	await publishDir(outDir, async (tmp) => {
		// Astro starts at once and the content is checked meanwhile, on the other core: on 2 cores this takes
		// the check's time (about 1 s at 300 articles) off every build. Astro's log waits for the check's
		// report; content errors stop Astro before it writes anything that could be published.
		const site = startAstroBuild(tmp, process.env, { holdOutput: true });
		let check: CheckResult;
		try {
			check = checkContent(contentDir());
		} catch (error) {
			await site.stop();
			throw error;
		}
		if (check.files.length > 0) console.error(formatProblems(check.files));
		if (check.errorCount > 0) {
			// Astro has exited before publishDir() removes the folder it was writing into.
			await site.stop();
			throw new ContentErrors(`Build stopped: ${check.errorCount} content error(s). ${outDir} was not changed.`);
		}
		site.showOutput();
		await site.done;
		// Unchanged leaflets are taken from the last good dist/ (their render hash says so); the rest are rendered.
		const leaflets = await buildLeaflets({
			root: tmp,
			base: env!.SITE_BASE ?? '/',
			contentDir: contentDir(),
			check,
			previousRoot: outDir,
			force: flags!.force,
		});
		console.log(summary(leaflets));
		if (leaflets.failures.length > 0) throw new Error(`${leaflets.failures.length} leaflet(s) failed.`);
	});
	console.log(`\nBuilt ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
	if (error instanceof ContentErrors || error instanceof UnsafeOutputError) console.error(`\n${error.message}`);
	else console.error(`\n${error instanceof Error ? error.message : String(error)}\nBuild failed; ${outDir} was not changed.`);
	await exitWith(error instanceof UnsafeOutputError ? USAGE_EXIT_CODE : 1);
}
