import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../browser/launch-browser.ts';
import { PRINT_ORIGIN, serveBuildTo, type ServedRequests } from './serve-build.ts';
import { renderHash } from './render-hash.ts';
import { htmlHeadings } from './html-headings.ts';
import { setPdfMetadata } from './pdf-metadata.ts';
import { formMarkers, htmlDirection } from './form-markers.ts';
import { missingLeafletText } from './missing-leaflet-text.ts';
import { missingTextLabel } from './find-missing-text.ts';
import { withBase } from '../routes/routes.ts';
import type { LeafletJob, RenderedLeaflet } from '../schemas/leaflet-manifest.ts';
import { createUnplacedProblem, type ProblemBase } from '../problems/problem.ts';
import { retryMayHelp, type RuleId, type RuleParams } from '../problems/problem-catalogue.ts';

/** Options of every leaflet PDF: A4 from the CSS, tagged, with an outline; waits for web fonts. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, waitForFonts: true } as const;

/** The print pages' viewport: A4's width at 96 dpi, 8 px high (the PDF's size comes from the CSS `@page`). */
export const PRINT_VIEWPORT = { width: 794, height: 8 } as const;

/** A leaflet that failed: a problem of the catalogue whose place is the leaflet id (`id`). */
export interface RenderFailure extends ProblemBase {
	id: string;
}

const failure = <R extends RuleId>(id: string, ruleId: R, params: RuleParams<R>): RenderFailure => ({
	id,
	...createUnplacedProblem(ruleId, params, { source: 'clinic-publisher:leaflets' }),
});

export interface RenderOptions {
	/** The built site the print views are read from and the PDFs written to. */
	root: string;
	/** The site's `base`, e.g. `/` or `/praxis/`. */
	base: string;
	/** Pages rendered at once; 2 suits a 2-core machine. */
	concurrency?: number;
	/** Limit for every wait (navigation, fonts, PDF), in ms. */
	timeoutMs?: number;
	/**
	 * A page is closed and a fresh one opened after this many leaflets (default 100). A renderer's
	 * memory grows slowly with every document it has shown (about 0.1 MiB a leaflet), so a long run
	 * would otherwise grow without bound; a fresh page costs a few tens of milliseconds.
	 */
	pageLifetime?: number;
	onProgress?: (done: number, total: number, job: LeafletJob, failed: boolean) => void;
	/** Identifies renderer and browser version in the render hash (see `rendererId`). */
	rendererId: string;
	/** Opens the browser; tests may pass their own. */
	browser?: () => Promise<Browser>;
}

export interface RenderResult {
	rendered: RenderedLeaflet[];
	failures: RenderFailure[];
}

/**
 * Renders leaflets to PDF with one browser and a small pool of pages. Every wait has a timeout; a crashed
 * page is replaced and its leaflet retried once, then reported. A leaflet that fails leaves no PDF behind
 * (neither a partial one nor the previous one, which would be stale). The browser is closed in `finally`.
 */
export async function renderLeaflets(jobs: LeafletJob[], options: RenderOptions): Promise<RenderResult> {
	const timeout = options.timeoutMs ?? 30_000;
	const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length));
	const lifetime = Math.max(1, options.pageLifetime ?? 100);
	const rendered: RenderedLeaflet[] = [];
	const failures: RenderFailure[] = [];
	if (jobs.length === 0) return { rendered, failures };
	const browser = await (options.browser ?? launchBrowser)();
	const files = new Map<string, Buffer>();
	const fileHashes = new Map<string, string>();
	let next = 0;
	let done = 0;
	try {
		const worker = async () => {
			let slot = await openPage(browser, options, timeout, files);
			let served = 0;
			const replacePage = async () => {
				await slot.page.close().catch(() => {});
				slot = await openPage(browser, options, timeout, files);
			};
			while (next < jobs.length) {
				const job = jobs[next++]!;
				if (served === lifetime) {
					await replacePage();
					served = 0;
				}
				served++;
				let result: RenderedLeaflet | RenderFailure | undefined;
				for (let attempt = 1; attempt <= 2 && !isRendered(result); attempt++) {
					try {
						result = await renderOne(job, slot, options, timeout, fileHashes);
					} catch (error) {
						result = failure(job.id, 'leaflet-render-failed', { error: error instanceof Error ? error.message : String(error) });
						// The page may be broken (crash, hung navigation): replace it before the retry.
						await replacePage();
					}
					// Problems with the content (a blocked request, a missing file, lost text) do not go away on a
					// retry: the catalogue says which rules a retry may cure.
					if (!isRendered(result) && !retryMayHelp(result.ruleId)) break;
				}
				done++;
				if (isRendered(result)) rendered.push(result);
				else {
					failures.push(result!);
					await rm(join(options.root, job.pdfPath), { force: true });
				}
				options.onProgress?.(done, jobs.length, job, !isRendered(result));
			}
			await slot.page.close().catch(() => {});
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
	} finally {
		await browser.close();
	}
	const order = new Map(jobs.map((job, i) => [job.id, i]));
	rendered.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
	return { rendered, failures };
}

interface Slot {
	page: Page;
	served: ServedRequests;
}

async function openPage(browser: Browser, options: RenderOptions, timeout: number, files: Map<string, Buffer>): Promise<Slot> {
	// Nobody looks at these pages: a background tab with a viewport one line high is not painted for the
	// screen, which saves the tile raster and compositing that page.pdf() would not use (the PDF is laid
	// out at the CSS page size whatever the viewport). See BENCHMARKS.md for what screen work cost.
	const page = await browser.newPage({ background: true });
	await page.setViewport(PRINT_VIEWPORT);
	page.setDefaultTimeout(timeout);
	page.setDefaultNavigationTimeout(timeout);
	// Print views are static documents: no script runs while they are printed. Laying them out for print
	// from the start saves the screen layout that page.pdf() would throw away (about 50 ms a leaflet).
	await page.setJavaScriptEnabled(false);
	await page.emulateMediaType('print');
	const served = await serveBuildTo(page, options.root, options.base, files);
	return { page, served };
}

async function renderOne(
	job: LeafletJob,
	slot: Slot,
	options: RenderOptions,
	timeout: number,
	fileHashes: Map<string, string>,
): Promise<RenderedLeaflet | RenderFailure> {
	const { page, served } = slot;
	const { problems } = served;
	problems.length = 0;
	served.inputs.clear();
	const response = await page.goto(`${PRINT_ORIGIN}${withBase(job.viewPath, options.base)}`, { waitUntil: 'load', timeout });
	if (!response || response.status() !== 200) {
		return failure(job.id, 'leaflet-view-missing', { view: job.viewPath, status: String(response?.status()) });
	}
	// Read from the file, not the page: evaluating in a page with JavaScript off is slow.
	const html = await readFile(join(options.root, job.viewPath, 'index.html'), 'utf8');
	const headings = htmlHeadings(html);
	if (problems.length > 0) return failure(job.id, 'leaflet-request-blocked', { requests: [...problems] });
	const raw = await page.pdf({ ...PDF_OPTIONS, timeout });
	const { bytes, pages } = setPdfMetadata(raw, {
		title: job.title,
		author: job.author,
		subject: job.subject,
		keywords: [job.id, `version ${job.version}`, job.textHash],
		language: job.lang,
		date: new Date(`${job.issued}T00:00:00Z`),
		creator: 'clinic-publisher',
		headings,
		document: { id: job.id, version: job.version, issued: job.issued, textHash: job.textHash, draft: job.draft },
		form: {
			markers: formMarkers(html),
			// Consent forms print the patient's name and date of birth in every page's footer.
			footer: job.kind !== 'aftercare',
			dir: htmlDirection(html),
			script: job.lang === 'ar' ? 'arabic' : 'latin',
		},
	});
	// The build checks its own output: a leaflet that lost a risk, a question or a signature line (to CSS,
	// to layout) fails here, and no PDF of it is written.
	const missing = await missingLeafletText(bytes, job.expected ?? []);
	if (missing.length > 0) return failure(job.id, 'leaflet-lost-text', { missing: missing.map(missingTextLabel) });
	const target = join(options.root, job.pdfPath);
	const temp = `${target}.${process.pid}.tmp`;
	await mkdir(dirname(target), { recursive: true });
	try {
		await writeFile(temp, bytes);
		await rename(temp, target);
	} catch (error) {
		await rm(temp, { force: true });
		throw error;
	}
	const inputs = [...served.inputs].sort();
	const hash = await renderHash(options.root, inputs, options.rendererId, fileHashes);
	if (!hash) throw new Error(`A file of ${job.viewPath} vanished while it was rendered.`);
	return {
		id: job.id,
		renderHash: hash,
		inputs,
		renderer: options.rendererId,
		key: job.key,
		slug: job.slug,
		kind: job.kind,
		lang: job.lang,
		title: job.title,
		version: job.version,
		issued: job.issued,
		textHash: job.textHash,
		draft: job.draft,
		pages,
		bytes: bytes.length,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		pdf: job.pdfPath,
		view: job.viewPath,
	};
}

function isRendered(result: RenderedLeaflet | RenderFailure | undefined): result is RenderedLeaflet {
	return result !== undefined && 'sha256' in result;
}
