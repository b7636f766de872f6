import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/**
 * Calls `exported(...args)` of a module in a worker thread and gives up after `ms`: an endless loop in
 * synchronous code cannot be stopped by a test timeout, only by terminating its thread.
 * Resolves with the result, rejects with the error's message, or with a timeout error.
 */
export function runBounded<T>(module: string, exported: string, args: unknown[], ms: number): Promise<T> {
	const code = `
		const { parentPort, workerData } = require('node:worker_threads');
		import(workerData.url).then((m) => {
			try { parentPort.postMessage({ ok: m[workerData.exported](...workerData.args) }); }
			catch (error) { parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }); }
		});`;
	const worker = new Worker(code, { eval: true, workerData: { url: pathToFileURL(resolve(module)).href, exported, args } });
	return new Promise<T>((done, fail) => {
		const timer = setTimeout(() => {
			void worker.terminate();
			fail(new Error(`${exported} did not finish within ${ms} ms (endless loop?)`));
		}, ms);
		worker.once('message', (message: { ok?: T; error?: string }) => {
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
