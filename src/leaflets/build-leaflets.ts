import { link, mkdir, writeFile } from 'node:fs/promises';
import { MAX_PDF_BYTES, readRegularFile } from '../build/read-regular-file.ts';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { launchBrowser, locateBrowser } from '../browser/launch-browser.ts';
import { checkContent, type CheckResult } from '../content/check-content.ts';
import { assertNoErrors } from '../content/content-error.ts';
import { formatProblems } from '../content/format-report.ts';
import { createUnplacedProblem } from '../problems/problem.ts';
import { loadSettings } from '../content/load-settings.ts';
import { filterJobs, leafletJobs, shardJobs, type LeafletFilter, type Shard } from './leaflet-jobs.ts';
import { ManifestError, mergeManifest, readManifest, writeManifest } from './leaflet-manifest.ts';
import type { LeafletJob, LeafletManifest, ManifestEntry, RenderedLeaflet } from '../schemas/leaflet-manifest.ts';
import { progressPrinter } from './progress.ts';
import { renderHash, rendererId } from './render-hash.ts';
import { renderLeaflets, type RenderResult } from './render-leaflets.ts';

export interface BuildLeafletsOptions {
	/** The built site: print views are read from it, PDFs and the manifest written into it. */
	root: string;
	base: string;
	contentDir: string;
	/** The content check of this run, when the caller already made it (`npm run build` does). */
	check?: CheckResult;
	filter?: LeafletFilter;
	/** Render only this stable part of the leaflets (a CI matrix job); see `npm run leaflets:merge`. */
	shard?: Shard;
	/**
	 * Where the last build's leaflets are (by default `root` itself): a leaflet whose render hash is
	 * unchanged is taken from there instead of being rendered again.
	 */
	previousRoot?: string;
	/** Render every leaflet, even unchanged ones. */
	force?: boolean;
	concurrency?: number;
	/** Show a progress bar (default true). */
	progress?: boolean;
}

export interface BuildLeafletsResult extends RenderResult {
	/** Leaflets taken unchanged from the previous build. */
	reused: RenderedLeaflet[];
	total: number;
	seconds: number;
}

/**
 * The leaflet stage: which leaflets exist, which of them changed since the last build (by render hash),
 * render those, reuse the rest, and write the manifest.
 */
export async function buildLeaflets(options: BuildLeafletsOptions): Promise<BuildLeafletsResult> {
	const started = performance.now();
	const check = options.check ?? checkContent(options.contentDir);
	assertNoErrors(check.files);
	const { clinic, ui } = loadSettings(options.contentDir);
	const all = leafletJobs({ clinic, ui, articles: check.articles, register: check.register });
	const selected = options.shard ? shardJobs(all, options.shard) : all;
	const jobs = filterJobs(selected, options.filter ?? {});
	// The browser named in the render hash is the one that renders.
	const found = await locateBrowser();
	const id = await rendererId(found.executablePath);
	const previousRoot = options.previousRoot ?? options.root;
	const previous = await previousManifest(previousRoot);

	const reused: RenderedLeaflet[] = [];
	const toRender: LeafletJob[] = [];
	if (options.force) toRender.push(...jobs);
	else {
		const earlierById = new Map(previous.leaflets.map((entry) => [entry.id, entry]));
		// Fonts and stylesheets are shared by many leaflets: each is hashed once.
		const fileHashes = new Map<string, string>();
		const decided = await mapInOrder(jobs, 16, (job) => reusable(job, earlierById.get(job.id), previousRoot, options.root, id, fileHashes));
		jobs.forEach((job, i) => {
			const earlier = decided[i];
			if (earlier) reused.push(earlier);
			else toRender.push(job);
		});
	}
	const result = await renderLeaflets(toRender, {
		root: options.root,
		base: options.base,
		rendererId: id,
		browser: () => launchBrowser({ found }),
		concurrency: options.concurrency,
		onProgress: options.progress === false ? undefined : progressPrinter(),
	});
	const manifest = mergeManifest(
		previousRoot === options.root ? previous : { leaflets: [] },
		selected,
		[...reused, ...result.rendered],
		result.failures.map((f) => f.id),
	);
	if (options.shard) manifest.shard = { ...options.shard, ids: all.map((job) => job.id) };
	await writeManifest(options.root, manifest);
	return { ...result, reused, total: jobs.length, seconds: (performance.now() - started) / 1000 };
}

/**
 * The last build's manifest. A damaged one (cut short, edited by hand) must not fail every later build:
 * its leaflets are then not reused, all are rendered again, and the warning names the file.
 */
async function previousManifest(root: string): Promise<LeafletManifest> {
	try {
		return await readManifest(root);
	} catch (error) {
		if (!(error instanceof ManifestError)) throw error;
		console.warn(
			formatProblems([
				{
					file: error.file,
					problems: [
						createUnplacedProblem('manifest-damaged', { detail: error.message, file: error.file }, { source: 'clinic-publisher:leaflets' }),
					],
				},
			]),
		);
		return { leaflets: [] };
	}
}

/**
 * The previous build's entry for `job`, if its PDF can be used as it is: same render hash over the new
 * build's files, and the old PDF still has the recorded sha256. It is written into `root` when needed.
 */
async function reusable(
	job: LeafletJob,
	entry: ManifestEntry | undefined,
	previousRoot: string,
	root: string,
	id: string,
	fileHashes: Map<string, string>,
): Promise<RenderedLeaflet | undefined> {
	if (!entry || entry.pdf !== job.pdfPath || !entry.renderHash || !entry.inputs) return undefined;
	if ((await renderHash(root, entry.inputs, id, fileHashes)) !== entry.renderHash) return undefined;
	let pdf: Buffer;
	try {
		// The last build's folder may hold anything by now: a FIFO there must not hang the build.
		pdf = await readRegularFile(join(previousRoot, entry.pdf), MAX_PDF_BYTES);
	} catch {
		return undefined;
	}
	if (createHash('sha256').update(pdf).digest('hex') !== entry.sha256) return undefined;
	if (previousRoot !== root) {
		const to = join(root, entry.pdf);
		await mkdir(dirname(to), { recursive: true });
		// A hard link writes nothing: the last build's folder is removed once the new one is published.
		// Another file system, or one without links, gets a copy of the bytes just checked.
		await link(join(previousRoot, entry.pdf), to).catch(() => writeFile(to, pdf));
	}
	// The same PDF path is the same language, slug and kind; an entry of an earlier manifest gets its slug here.
	// Equal render hash, equal print view: the job's text hash and draft state are the PDF's.
	return { ...entry, slug: job.slug, textHash: job.textHash, draft: job.draft };
}

/** `work` over every item, at most `limit` at a time; the results in the items' order. */
async function mapInOrder<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await work(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

export function summary(result: BuildLeafletsResult): string {
	const lines = [
		`Leaflets: ${result.rendered.length} rendered, ${result.reused.length} unchanged (reused), ${result.failures.length} failed, of ${result.total}; ${result.seconds.toFixed(1)} s.`,
	];
	for (const failure of result.failures) lines.push(`  ✗ ${formatProblems([{ file: failure.id, problems: [failure] }])}`);
	return lines.join('\n');
}
