import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { RenderOptions, RenderResult } from '../../src/leaflets/render-leaflets.ts';
import type { LeafletJob } from '../../src/schemas/leaflet-manifest.ts';

const url = (module: string) => pathToFileURL(resolve(module)).href;

/**
 * Runs `code` (CommonJS, with `workerData`, `report(message)`) in a worker thread and gives up after
 * `ms`: an endless loop in synchronous code cannot be stopped by a test timeout, only by terminating
 * its thread. A message `{ ok }` resolves, `{ error }` rejects; `{ browserPid }` names a browser the
 * worker started, which is killed (its process group: Puppeteer starts it detached) on a timeout.
 */
function inWorker<T>(code: string, workerData: unknown, ms: number, what: string): Promise<T> {
	const worker = new Worker(
		`const { parentPort, workerData } = require('node:worker_threads'); const report = (m) => parentPort.postMessage(m);\n${code}`,
		{ eval: true, workerData },
	);
	let browserPid: number | undefined;
	return new Promise<T>((done, fail) => {
		const timer = setTimeout(() => {
			void worker.terminate();
			if (browserPid) {
				try {
					process.kill(-browserPid, 'SIGKILL');
				} catch {
					// Already gone.
				}
			}
			fail(new Error(`${what} did not finish within ${ms} ms (endless loop?)`));
		}, ms);
		worker.on('message', (message: { ok?: T; error?: string; browserPid?: number }) => {
			if (message.browserPid) {
				browserPid = message.browserPid;
				return;
			}
			clearTimeout(timer);
			void worker.terminate();
			if ('error' in message) fail(new Error(message.error));
			else done(message.ok as T);
		});
		worker.once('error', (error) => {
			clearTimeout(timer);
			fail(error);
		});
	});
}

/** Calls `exported(...args)` of a module (awaiting it when it is async) in a worker, within `ms`. */
export function runBounded<T>(module: string, exported: string, args: unknown[], ms: number): Promise<T> {
	const code = `import(workerData.url)
		.then((m) => m[workerData.exported](...workerData.args))
		.then((ok) => report({ ok }), (error) => report({ error: error instanceof Error ? error.message : String(error) }));`;
	return inWorker<T>(code, { url: url(module), exported, args }, ms, exported);
}

/** `renderLeaflets` in a worker, within `ms`; on a timeout its browser is killed too. */
export function renderBounded(
	jobs: LeafletJob[],
	options: Omit<RenderOptions, 'browser' | 'onProgress'>,
	ms: number,
): Promise<RenderResult> {
	const code = `(async () => {
		const { renderLeaflets } = await import(workerData.render);
		const { launchBrowser } = await import(workerData.launch);
		const browser = async () => {
			const b = await launchBrowser();
			report({ browserPid: b.process()?.pid });
			return b;
		};
		report({ ok: await renderLeaflets(workerData.jobs, { ...workerData.options, browser }) });
	})().catch((error) => report({ error: error instanceof Error ? error.message : String(error) }));`;
	return inWorker<RenderResult>(
		code,
		{ render: url('src/leaflets/render-leaflets.ts'), launch: url('src/browser/launch-browser.ts'), jobs, options },
		ms,
		'renderLeaflets',
	);
}
