import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { whileRunning } from './interrupt.ts';
import { STAGED_OUT_DIR_ENV } from './output-marker-integration.ts';

export interface AstroBuildOptions {
	/** Keep Astro's log out of the terminal; it goes into the error if the build fails. */
	quiet?: boolean;
	/**
	 * Collect Astro's log until `showOutput()`, then show what was collected and the rest as it comes.
	 * `npm run build` checks the content meanwhile and prints its report first.
	 */
	holdOutput?: boolean;
}

export interface AstroBuild {
	/** Settles when Astro has exited; rejects if it failed or was stopped. */
	done: Promise<void>;
	/** Ends the hold: the log so far, then the rest as it comes. */
	showOutput(): void;
	/** Stops the build, its log unseen, and resolves once Astro has exited. */
	stop(): Promise<void>;
}

/** Starts `astro build` into `outDir` with the project's own Astro. */
export function startAstroBuild(outDir: string, env: NodeJS.ProcessEnv = process.env, options: AstroBuildOptions = {}): AstroBuild {
	const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
	const collect = options.quiet || options.holdOutput;
	// Piped output loses Astro's colours unless asked for; keep them when the terminal shows them.
	const colour =
		options.holdOutput && !options.quiet && process.stdout.isTTY && env.NO_COLOR === undefined
			? { FORCE_COLOR: env.FORCE_COLOR ?? '1' }
			: {};
	const stopper = new AbortController();
	const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
		stdio: ['ignore', collect ? 'pipe' : 'inherit', collect ? 'pipe' : 'inherit'],
		env: { ...withoutViteEnv(env), ...colour, ASTRO_TELEMETRY_DISABLED: '1', [STAGED_OUT_DIR_ENV]: outDir },
		signal: stopper.signal,
	});
	// Log chunks not shown yet, with the stream each belongs to; undefined once they are shown.
	let held: Array<[NodeJS.WriteStream, Buffer]> | undefined = [];
	const take = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
		if (held) held.push([to, chunk]);
		else to.write(chunk);
	};
	child.stdout?.on('data', take(process.stdout));
	child.stderr?.on('data', take(process.stderr));
	const done = new Promise<void>((resolve, reject) => {
		child.on('error', (error) => {
			// A stop reports itself as an error and then exits; the close handler settles the promise.
			if (error.name !== 'AbortError') reject(error);
		});
		// 'close', not 'exit': the pipes may still hold the end of the log when the process exits.
		child.on('close', (code, signal) => {
			if (code === 0) return resolve();
			if (stopper.signal.aborted) return reject(new Error('astro build was stopped.'));
			const why = code === null ? `killed by ${signal}` : `exit code ${code}`;
			if (!held) return reject(new Error(`astro build failed (${why}); see its output above.`));
			const log = held.map(([, chunk]) => chunk.toString()).join('');
			held = undefined; // shown in the error, not again by showOutput()
			reject(new Error(`astro build failed (${why}):\n${log}`));
		});
	});
	done.catch(() => {}); // the caller awaits it when it is ready; until then a failure is not unhandled
	// On SIGINT/SIGTERM Astro is stopped before the folder it writes into is removed.
	const release = whileRunning(() => {
		stopper.abort();
		return done.catch(() => {});
	});
	void done.catch(() => {}).finally(release);
	return {
		done,
		showOutput() {
			if (options.quiet || stopper.signal.aborted || !held) return;
			for (const [to, chunk] of held) to.write(chunk);
			held = undefined;
		},
		async stop() {
			stopper.abort();
			await done.catch(() => {});
		},
	};
}

/**
 * Vite-based parents (Vitest, `astro dev`) export BASE_URL, MODE, DEV, PROD and SSR into the environment,
 * and Astro reads `import.meta.env` from it at render time: a child build would inherit the parent's `base`.
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...rest } = env;
	return rest;
}
