// npm run bench [-- --articles 100 --languages 3 --runs 1 --json bench-results.json --skip leaflets,baseline,rebuilds,bare]
// Generates a synthetic content tree (N articles × L languages, in the real authoring format) in a temp
// folder and measures, on this machine: the site stage, the leaflet stage, the naive baseline over the
// same print views, a no-change rebuild, a one-article-changed rebuild, and a bare Astro build of the
// same markdown. Prints a table and writes the figures as JSON. See BENCHMARKS.md. `--skip` leaves stages
// out: e.g. a memory run at 300 × 3 without the 20-minute baseline, or `--skip leaflets,rebuilds` for
// the site stage against bare Astro alone (the baseline needs the leaflet stage and goes with it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBenchOptions, type BenchOptions } from '../src/bench/bench-options.ts';
import { benchReport } from '../src/bench/bench-report.ts';
import { benchSummary } from '../src/bench/bench-summary.ts';
import { describeMachine } from '../src/bench/describe-machine.ts';
import { generateContent } from '../src/bench/generate-content.ts';
import { measureRun, type RunFigures } from '../src/bench/measure-run.ts';
import { assertResultsFile, writeResultsFile } from '../src/bench/results-file.ts';
import { astroCacheDir } from '../src/build/astro-cache-dir.ts';
import { exitOnUsageError } from '../src/cli/parse-cli.ts';

let options: BenchOptions;
const resultsFile = () => ({
	contentDirs: [resolve('content'), ...(process.env.CONTENT_DIR ? [resolve(process.env.CONTENT_DIR)] : [])],
	force: options.force,
});
try {
	options = parseBenchOptions(process.argv.slice(2));
	assertResultsFile(options.json, resultsFile());
} catch (error) {
	exitOnUsageError(error);
	throw error;
}

const work = mkdtempSync(join(tmpdir(), 'clinic-bench-'));
const content = join(work, 'content');
const { languages } = generateContent({ from: resolve('content'), to: content, articles: options.articles, languages: options.languages });
const log = (text: string) => process.stderr.write(`${text}\n`);
log(`Bench: ${options.articles} articles × ${languages.length} languages (${languages.join(', ')}) in ${work}`);

const figures: RunFigures[] = [];
for (let run = 1; run <= options.runs; run++) {
	log(`\nRun ${run} of ${options.runs}`);
	figures.push(await measureRun({ work, content, languages, skip: options.skip, log }, run));
}

const summary = benchSummary({ options, languages, machine: await describeMachine(), figures });
try {
	writeResultsFile(options.json, `${JSON.stringify(summary, null, 2)}\n`, resultsFile());
} catch (error) {
	exitOnUsageError(error);
}
if (!options.keep) {
	rmSync(work, { recursive: true, force: true });
	rmSync(astroCacheDir(content), { recursive: true, force: true });
}
console.log(benchReport(summary, options.skip));
console.log(`\nFigures written to ${options.json}.`);
