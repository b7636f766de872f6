import { resolve } from 'node:path';
import { checkContent } from '../content/check-content.ts';
import { assertNoErrors } from '../content/content-error.ts';
import { loadSettings } from '../content/load-settings.ts';
import { filterJobs, leafletJobs, type LeafletFilter } from './leaflet-jobs.ts';
import { mergeManifest, readManifest, writeManifest } from './leaflet-manifest.ts';
import { progressPrinter } from './progress.ts';
import { renderLeaflets, type RenderResult } from './render-leaflets.ts';

export interface BuildLeafletsOptions {
	/** The built site: print views are read from it, PDFs and the manifest written into it. */
	root: string;
	base: string;
	contentDir: string;
	filter?: LeafletFilter;
	concurrency?: number;
	/** Show a progress bar (default true). */
	progress?: boolean;
}

export interface BuildLeafletsResult extends RenderResult {
	total: number;
	seconds: number;
}

/** The leaflet stage: which leaflets exist, render them (or the filtered ones), update the manifest. */
export async function buildLeaflets(options: BuildLeafletsOptions): Promise<BuildLeafletsResult> {
	const started = performance.now();
	const check = checkContent(options.contentDir);
	assertNoErrors(check.files);
	const { clinic, ui } = loadSettings(options.contentDir);
	const all = leafletJobs({ clinic, ui, articles: check.articles, contentDir: options.contentDir, templatesDir: resolve('templates') });
	const jobs = filterJobs(all, options.filter ?? {});
	const result = await renderLeaflets(jobs, { root: options.root, base: options.base, concurrency: options.concurrency, onProgress: options.progress === false ? undefined : progressPrinter() });
	const manifest = mergeManifest(await readManifest(options.root), all, result.rendered, result.failures.map((f) => f.id));
	await writeManifest(options.root, manifest);
	return { ...result, total: jobs.length, seconds: (performance.now() - started) / 1000 };
}

export function summary(result: BuildLeafletsResult): string {
	const lines = [`Leaflets: ${result.rendered.length} of ${result.total} rendered in ${result.seconds.toFixed(1)} s, ${result.failures.length} failed.`];
	for (const failure of result.failures) lines.push(`  ✗ ${failure.id}: ${failure.message}`);
	return lines.join('\n');
}
