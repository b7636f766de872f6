// npm run bench [-- --articles 100 --languages 3 --runs 1 --json bench-results.json --skip leaflets,baseline,rebuilds,bare]
// Generates a synthetic content tree (N articles × L languages, in the real authoring format) in a temp
// folder and measures, on this machine: the site stage, the leaflet stage, the naive baseline over the
// same print views, a no-change rebuild, a one-article-changed rebuild, and a bare Astro build of the
// same markdown. Prints a table and writes the figures as JSON. See BENCHMARKS.md. `--skip` leaves stages
// out: e.g. a memory run at 300 × 3 without the 20-minute baseline, or `--skip leaflets,rebuilds` for
// the site stage against bare Astro alone (the baseline needs the leaflet stage and goes with it).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { prepareBareAstro } from '../src/bench/bare-astro.ts';
import { astroCacheDir } from '../src/build/astro-cache-dir.ts';
import { generateContent } from '../src/bench/generate-content.ts';
import { folderMiB, median, memoryMeasure, timed, withMemory } from '../src/bench/measure.ts';
import { naiveBaseline } from '../src/bench/naive-baseline.ts';
import { runChild } from '../src/bench/run-child.ts';
import { locateBrowser } from '../src/browser/launch-browser.ts';
import { serveStatic } from '../src/browser/static-server.ts';
import type { LeafletManifest } from '../src/schemas/leaflet-manifest.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '100' },
		languages: { type: 'string', default: '3' },
		runs: { type: 'string', default: '1' },
		json: { type: 'string', default: 'bench-results.json' },
		keep: { type: 'boolean', default: false },
		skip: { type: 'string', default: '' },
	},
});
const stages = ['leaflets', 'baseline', 'rebuilds', 'bare'] as const;
const skip = new Set(values.skip.split(',').map((s) => s.trim()).filter(Boolean));
// The baseline prints the print views the leaflet stage listed in its manifest.
if (skip.has('leaflets')) skip.add('baseline');
for (const stage of skip) {
	if (!(stages as readonly string[]).includes(stage)) {
		console.error(`--skip takes a comma-separated list of: ${stages.join(', ')} (not "${stage}").`);
		process.exit(2);
	}
}
const articles = Number(values.articles);
const languageCount = Number(values.languages);
const runs = Number(values.runs);
if (![articles, languageCount, runs].every((n) => Number.isInteger(n) && n > 0)) {
	console.error('--articles, --languages and --runs take positive whole numbers.');
	process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'clinic-bench-'));
const content = join(work, 'content');
const { languages } = generateContent({ from: resolve('content'), to: content, articles, languages: languageCount });
const env = { CONTENT_DIR: content };
const log = (text: string) => process.stderr.write(`${text}\n`);
log(`Bench: ${articles} articles × ${languages.length} languages (${languages.join(', ')}) in ${work}`);

interface RunFigures {
	siteSeconds: number;
	sitePages: number;
	siteNodeMiB: number;
	siteTotalMiB: number;
	leafletSeconds: number;
	leaflets: number;
	leafletNodeMiB: number;
	leafletBrowserMiB: number;
	leafletTotalMiB: number;
	baselineSeconds: number;
	baselineTotalMiB: number;
	noChangeSeconds: number;
	noChangeRendered: number;
	oneChangedSeconds: number;
	oneChangedRendered: number;
	bareAstroSeconds: number;
	bareAstroPages: number;
	outputMiB: number;
	pdfMiB: number;
}

const figures: RunFigures[] = [];
for (let run = 1; run <= runs; run++) {
	log(`\nRun ${run} of ${runs}`);
	const site = join(work, `site-${run}`);
	log('  site stage (astro build) …');
	const siteRun = await runChild([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site], env);
	const sitePages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

	let leafletRun = { seconds: NaN, memory: { nodeMiB: NaN, browserMiB: NaN, totalMiB: NaN } };
	let leaflets: LeafletManifest['leaflets'] = [];
	if (!skip.has('leaflets')) {
		log('  leaflet stage …');
		leafletRun = await runChild([resolve('scripts/leaflets.ts'), '--force'], { ...env, OUT_DIR: site });
		leaflets = (JSON.parse(readFileSync(join(site, 'leaflets.json'), 'utf8')) as LeafletManifest).leaflets;
	}

	const baselineOut = join(work, `baseline-${run}`);
	let baseline = { seconds: NaN };
	let baselineTotalMiB = NaN;
	if (!skip.has('baseline')) {
		log('  naive baseline over the same print views …');
		const server = await serveStatic(site);
		// Measured like the leaflet stage: the same memory sampler runs (its CPU cost falls on both sides).
		const measured = await withMemory(() => timed(() => naiveBaseline(server.url, leaflets, baselineOut))).finally(() => server.close());
		baseline = { seconds: measured.result.seconds };
		baselineTotalMiB = measured.memory.totalMiB;
	}

	const dist = join(work, `dist-${run}`);
	const rendered = (out: string) => Number(/Leaflets: (\d+) rendered/.exec(out)?.[1] ?? NaN);
	let noChange = { seconds: NaN, stdout: '' };
	let oneChanged = { seconds: NaN, stdout: '' };
	if (!skip.has('rebuilds')) {
		log('  full build, then a no-change rebuild and a one-article-changed rebuild (npm run build) …');
		await runChild([resolve('scripts/build.ts')], { ...env, OUT_DIR: dist });
		noChange = await runChild([resolve('scripts/build.ts')], { ...env, OUT_DIR: dist });
		const changedFile = join(content, 'articles', languages[1] ?? languages[0]!, readdirSync(join(content, 'articles', languages[1] ?? languages[0]!)).sort()[0]!);
		const original = readFileSync(changedFile, 'utf8');
		writeFileSync(changedFile, original.replace(/\n## (.+)\{#overview\}\n/, '\n## $1{#overview}\n\nChanged for the benchmark.\n'));
		oneChanged = await runChild([resolve('scripts/build.ts')], { ...env, OUT_DIR: dist });
		writeFileSync(changedFile, original);
	}

	let bareSeconds = NaN;
	let barePages = NaN;
	if (!skip.has('bare')) {
		log('  bare Astro build of the same markdown …');
		// The same command as the site stage (`astro build`, its log collected, not shown), run from the
		// bare project, under the same memory sampler.
		const project = prepareBareAstro(content);
		bareSeconds = (await runChild([resolve('node_modules/astro/bin/astro.mjs'), 'build'], {}, project)).seconds;
		barePages = readdirSync(join(project, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
		rmSync(project, { recursive: true, force: true });
	}

	figures.push({
		siteSeconds: siteRun.seconds,
		sitePages,
		siteNodeMiB: siteRun.memory.nodeMiB,
		siteTotalMiB: siteRun.memory.totalMiB,
		leafletSeconds: leafletRun.seconds,
		leaflets: leaflets.length,
		leafletNodeMiB: leafletRun.memory.nodeMiB,
		leafletBrowserMiB: leafletRun.memory.browserMiB,
		leafletTotalMiB: leafletRun.memory.totalMiB,
		baselineSeconds: baseline.seconds,
		baselineTotalMiB,
		noChangeSeconds: noChange.seconds,
		noChangeRendered: rendered(noChange.stdout),
		oneChangedSeconds: oneChanged.seconds,
		oneChangedRendered: rendered(oneChanged.stdout),
		bareAstroSeconds: bareSeconds,
		bareAstroPages: barePages,
		outputMiB: folderMiB(skip.has('rebuilds') ? site : dist),
		pdfMiB: Math.round((leaflets.reduce((sum, l) => sum + l.bytes, 0) / 1024 / 1024) * 10) / 10,
	});
	rmSync(baselineOut, { recursive: true, force: true });
}

const m = (key: keyof RunFigures) => median(figures.map((f) => f[key]));
// Ratios are taken within each run (both sides measured minutes apart on the same machine), then the median.
const ratio = (top: (f: RunFigures) => number, bottom: (f: RunFigures) => number) => median(figures.map((f) => top(f) / bottom(f)));
const leafletRate = m('leaflets') / m('leafletSeconds');
const baselineRate = m('leaflets') / m('baselineSeconds');
const version = (path: string) => execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const ours = await locateBrowser();
const naive = await locateBrowser({ headlessShell: false });
const browserName = (b: typeof ours) => `${version(b.executablePath)}${b.headlessShell ? ' headless shell' : ''} (${b.executablePath})`;
const summary = {
	command: `npm run bench -- --articles ${articles} --languages ${languageCount} --runs ${runs}${skip.size ? ` --skip ${[...skip].join(',')}` : ''}`,
	machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version, browser: browserName(ours), baselineBrowser: browserName(naive) },
	size: { articles, languages: languages.length, leaflets: m('leaflets'), sitePages: m('sitePages') },
	medians: {
		siteSeconds: m('siteSeconds'),
		sitePagesPerSecond: m('sitePages') / m('siteSeconds'),
		leafletSeconds: m('leafletSeconds'),
		leafletsPerSecond: leafletRate,
		baselineSeconds: m('baselineSeconds'),
		baselineLeafletsPerSecond: baselineRate,
		speedupOverBaseline: ratio((f) => f.baselineSeconds, (f) => f.leafletSeconds),
		noChangeRebuildSeconds: m('noChangeSeconds'),
		noChangeRendered: m('noChangeRendered'),
		oneChangedRebuildSeconds: m('oneChangedSeconds'),
		oneChangedRendered: m('oneChangedRendered'),
		bareAstroSeconds: m('bareAstroSeconds'),
		siteOverBareAstro: ratio((f) => f.siteSeconds, (f) => f.bareAstroSeconds),
		memoryMeasure,
		siteNodeMiB: m('siteNodeMiB'),
		siteTotalMiB: m('siteTotalMiB'),
		leafletNodeMiB: m('leafletNodeMiB'),
		leafletBrowserMiB: m('leafletBrowserMiB'),
		leafletTotalMiB: m('leafletTotalMiB'),
		baselineTotalMiB: m('baselineTotalMiB'),
		peakTotalMiB: Math.max(...[m('siteTotalMiB'), m('leafletTotalMiB')].filter((n) => !Number.isNaN(n))),
		outputMiB: m('outputMiB'),
		pdfMiB: m('pdfMiB'),
	},
	runs: figures,
};
writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
if (!values.keep) {
	rmSync(work, { recursive: true, force: true });
	rmSync(astroCacheDir(content), { recursive: true, force: true });
}

const f = (n: number, digits = 1) => n.toFixed(digits);
// With several runs, each run's ratio too: the machine's spread is part of the result.
const eachRun = (top: (r: RunFigures) => number, bottom: (r: RunFigures) => number) =>
	runs > 1 ? ` (runs: ${figures.map((r) => `${f(top(r) / bottom(r), 2)}×`).join(', ')})` : '';
const done = (stage: (typeof stages)[number], text: () => string) => (skip.has(stage) ? 'skipped (--skip)' : text());
const mem = summary.medians;
const rows: [string, string][] = [
	['site stage', `${f(m('siteSeconds'))} s, ${m('sitePages')} pages, ${f(summary.medians.sitePagesPerSecond)} pages/s`],
	['bare Astro, same markdown', done('bare', () => `${f(m('bareAstroSeconds'))} s, ${m('bareAstroPages')} pages → site stage is ${f(summary.medians.siteOverBareAstro, 2)}×${eachRun((r) => r.siteSeconds, (r) => r.bareAstroSeconds)}`)],
	['leaflet stage', done('leaflets', () => `${f(m('leafletSeconds'))} s, ${m('leaflets')} leaflets, ${f(leafletRate, 2)} leaflets/s`)],
	['naive baseline', done('baseline', () => `${f(m('baselineSeconds'))} s, ${f(baselineRate, 2)} leaflets/s → leaflet stage is ${f(summary.medians.speedupOverBaseline, 2)}× faster${eachRun((r) => r.baselineSeconds, (r) => r.leafletSeconds)}`)],
	['no-change rebuild', done('rebuilds', () => `${f(m('noChangeSeconds'))} s, ${m('noChangeRendered')} leaflets rendered`)],
	['one article changed', done('rebuilds', () => `${f(m('oneChangedSeconds'))} s, ${m('oneChangedRendered')} leaflets rendered`)],
	['peak memory, site stage', `${mem.siteTotalMiB} MiB ${memoryMeasure} (Node ${mem.siteNodeMiB} MiB)`],
	['peak memory, leaflet stage', done('leaflets', () => `${mem.leafletTotalMiB} MiB ${memoryMeasure} (Node ${mem.leafletNodeMiB} MiB, browser ${mem.leafletBrowserMiB} MiB)`)],
	['peak memory, baseline', done('baseline', () => `${mem.baselineTotalMiB} MiB ${memoryMeasure} (the bench's own Node included)`)],
	['output', `${f(m('outputMiB'))} MiB${skip.has('leaflets') ? '' : ` (PDFs ${f(m('pdfMiB'))} MiB)`}`],
];
console.log(`\n${summary.command}  (median of ${runs} run${runs > 1 ? 's' : ''}; ${summary.machine.cpus} cores, ${summary.machine.memoryGiB} GiB, Node ${process.version}, leaflet stage: ${summary.machine.browser}; baseline: ${summary.machine.baselineBrowser})\n`);
for (const [label, value] of rows) console.log(`${label.padEnd(28)}${value}`);
console.log(`\nFigures written to ${values.json}.`);
