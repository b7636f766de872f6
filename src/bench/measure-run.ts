import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../browser/static-server.ts';
import { readManifest } from '../leaflets/leaflet-manifest.ts';
import type { ManifestEntry } from '../schemas/leaflet-manifest.ts';
import type { BenchStage } from './bench-options.ts';
import { prepareBareAstro } from './bare-astro.ts';
import { folderMiB, timed, withMemory } from './measure.ts';
import { naiveBaseline } from './naive-baseline.ts';
import { runChild } from './run-child.ts';

/** The figures of one run of the benchmark; NaN for a stage that was skipped. */
export interface RunFigures {
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

export interface BenchRun {
	/** The benchmark's temporary folder; each run's outputs go into it. */
	work: string;
	/** The synthetic content tree and its languages. */
	content: string;
	languages: string[];
	skip: Set<BenchStage>;
	log: (text: string) => void;
}

const htmlPages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/**
 * Run `run` of the benchmark: the site stage, the leaflet stage, the naive baseline over the same print
 * views, a no-change rebuild and a one-article-changed rebuild, and a bare Astro build of the same
 * markdown, each in a child process under the memory sampler. The changed article is restored afterwards.
 */
export async function measureRun(bench: BenchRun, run: number): Promise<RunFigures> {
	const { work, content, languages, skip, log } = bench;
	const env = { CONTENT_DIR: content };
	const site = join(work, `site-${run}`);
	log('  site stage (astro build) …');
	const siteRun = await runChild([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site], env);
	const sitePages = htmlPages(site);

	let leafletRun = { seconds: NaN, memory: { nodeMiB: NaN, browserMiB: NaN, totalMiB: NaN } };
	let leaflets: ManifestEntry[] = [];
	if (!skip.has('leaflets')) {
		log('  leaflet stage …');
		leafletRun = await runChild([resolve('scripts/leaflets.ts'), '--force'], { ...env, OUT_DIR: site });
		leaflets = (await readManifest(site)).leaflets;
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
		const changedFile = join(
			content,
			'articles',
			languages[1] ?? languages[0]!,
			readdirSync(join(content, 'articles', languages[1] ?? languages[0]!)).sort()[0]!,
		);
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
		barePages = htmlPages(join(project, 'dist'));
		rmSync(project, { recursive: true, force: true });
	}

	const figures: RunFigures = {
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
	};
	rmSync(baselineOut, { recursive: true, force: true });
	return figures;
}
