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

/** Limit for one cleanup, so a hung browser cannot keep a stopped build alive. */
const CLEANUP_TIMEOUT_MS = 15_000;

export function handleInterrupts(): void {
	if (installed) return;
	installed = true;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => onSignal(signal));
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
	if (handling) process.exit(code);
	console.error(`\n${signal}: stopping the build and removing its temporary files …`);
	handling = (async () => {
		for (const cleanup of cleanups.splice(0).reverse()) {
			let timer: NodeJS.Timeout | undefined;
			try {
				await Promise.race([cleanup(), new Promise((resolve) => (timer = setTimeout(resolve, CLEANUP_TIMEOUT_MS)))]);
			} catch (error) {
				console.error(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
			} finally {
				clearTimeout(timer);
			}
		}
		console.error(`Stopped by ${signal}; its temporary files are removed.`);
		process.exit(code);
	})();
}
