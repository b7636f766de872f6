/**
 * SIGINT/SIGTERM for the command-line scripts: instead of dying with a half-written temporary folder,
 * a running Astro and an open browser, the process runs the cleanups of everything still running
 * (newest first: the browser and Astro stop before their output folder is removed) and then exits
 * non-zero. Modules register cleanups with `whileRunning` whether or not a script installed the handler.
 */
type Cleanup = () => unknown;

const cleanups: Cleanup[] = [];
let installed = false;
let handling: Promise<void> | undefined;

/**
 * Limit for all cleanups together, so a hung browser or file system cannot keep a stopped build alive.
 * One cleanup gets half of it, so that one hung cleanup (the browser) leaves time for the next ones
 * (removing the temporary folder).
 */
export const CLEANUP_TIMEOUT_MS = 20_000;

let cleanupTimeoutMs = CLEANUP_TIMEOUT_MS;
const listeners = new Map<NodeJS.Signals, () => void>();

/** `cleanupTimeoutMs` is for tests; the scripts use CLEANUP_TIMEOUT_MS. */
export function handleInterrupts(options: { cleanupTimeoutMs?: number } = {}): void {
	if (installed) return;
	installed = true;
	cleanupTimeoutMs = options.cleanupTimeoutMs ?? CLEANUP_TIMEOUT_MS;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		const listener = () => onSignal(signal);
		listeners.set(signal, listener);
		process.on(signal, listener);
	}
}

/**
 * Ends the process by `signal` itself, without Node's exit: process.exit() waits for the file system
 * thread pool, and a thread blocked for good (a read from a FIFO, a hung network file system) would keep
 * the process alive. The shell sees the usual 128 + signal number.
 */
function dieBy(signal: NodeJS.Signals): never {
	for (const [name, listener] of listeners) process.off(name, listener);
	process.kill(process.pid, signal);
	// The signal is delivered at once; should it not be, no cleanup is left to wait for.
	process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Whether a script answers signals itself (then Puppeteer must not exit the process on its own). */
export function interruptsHandled(): boolean {
	return installed;
}

/** Registers `cleanup` for a signal until the returned function is called. */
export function whileRunning(cleanup: Cleanup): () => void {
	cleanups.push(cleanup);
	return () => {
		const i = cleanups.lastIndexOf(cleanup);
		if (i >= 0) cleanups.splice(i, 1);
	};
}

/** `process.exit(code)`, unless a signal is being handled: then its cleanup ends the process. */
export async function exitWith(code: number): Promise<never> {
	if (handling) await handling;
	process.exit(code);
}

function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
	const code = signal === 'SIGINT' ? 130 : 143;
	// A second signal while cleaning up: the user insists.
	if (handling) dieBy(signal);
	console.error(`\n${signal}: stopping the build and removing its temporary files …`);
	// The deadline does not depend on the cleanups (nor on the thread pool they may be waiting for).
	setTimeout(() => {
		console.error(
			`Stopped by ${signal}; the cleanup did not finish within ${cleanupTimeoutMs / 1000} s, some temporary files may be left.`,
		);
		dieBy(signal);
	}, cleanupTimeoutMs);
	handling = (async () => {
		let hung = false;
		for (const cleanup of cleanups.splice(0).reverse()) {
			let timer: NodeJS.Timeout | undefined;
			try {
				const limit = new Promise((resolve) => (timer = setTimeout(() => resolve((hung = true)), cleanupTimeoutMs / 2)));
				await Promise.race([cleanup(), limit]);
			} catch (error) {
				console.error(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
			} finally {
				clearTimeout(timer);
			}
		}
		if (hung) {
			// A cleanup that hangs may wait for a blocked thread, which would hang process.exit() too.
			console.error(`Stopped by ${signal}; a cleanup did not finish, some temporary files may be left.`);
			dieBy(signal);
		}
		console.error(`Stopped by ${signal}; its temporary files are removed.`);
		process.exit(code);
	})();
}
