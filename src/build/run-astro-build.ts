import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface AstroBuildOptions {
	/** Keep Astro's log out of the terminal; it goes into the error if the build fails. */
	quiet?: boolean;
	/**
	 * Collect Astro's log until this settles, then show what was collected and the rest as it comes.
	 * `npm run build` checks the content meanwhile and prints its report first.
	 */
	holdOutputUntil?: Promise<unknown>;
	/** Aborting stops the build (the promise then rejects). */
	signal?: AbortSignal;
}

/** Runs `astro build` into `outDir` with the project's own Astro, and rejects if it fails. */
export function runAstroBuild(outDir: string, env: NodeJS.ProcessEnv = process.env, options: AstroBuildOptions = {}): Promise<void> {
	const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
	const collect = options.quiet || options.holdOutputUntil !== undefined;
	// Piped output loses Astro's colours unless asked for; keep them when the terminal shows them.
	const colour = collect && !options.quiet && process.stdout.isTTY && env.NO_COLOR === undefined ? { FORCE_COLOR: env.FORCE_COLOR ?? '1' } : {};
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
			stdio: ['ignore', collect ? 'pipe' : 'inherit', collect ? 'pipe' : 'inherit'],
			env: { ...withoutViteEnv(env), ...colour, ASTRO_TELEMETRY_DISABLED: '1' },
			signal: options.signal,
		});
		let held: Array<[NodeJS.WriteStream, Buffer]> | undefined = [];
		const take = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
			if (held) held.push([to, chunk]);
			else to.write(chunk);
		};
		child.stdout?.on('data', take(process.stdout));
		child.stderr?.on('data', take(process.stderr));
		const heldLog = () => (held ?? []).map(([, chunk]) => chunk.toString()).join('');
		if (!options.quiet) {
			options.holdOutputUntil?.finally(() => {
				if (options.signal?.aborted || !held) return;
				for (const [to, chunk] of held) to.write(chunk);
				held = undefined;
			});
		}
		child.on('error', (error) => {
			// An abort reports itself as an error and then exits; the exit handler settles the promise.
			if (error.name !== 'AbortError') reject(error);
		});
		// 'close', not 'exit': the pipes may still hold the end of the log when the process exits.
		child.on('close', (code, signal) => {
			if (code === 0) return resolve();
			if (options.signal?.aborted) return reject(new Error('astro build was stopped.'));
			const why = code === null ? `killed by ${signal}` : `exit code ${code}`;
			if (!held) return reject(new Error(`astro build failed (${why}); see its output above.`));
			const log = heldLog();
			held = undefined; // shown in the error, not again when the hold ends
			reject(new Error(`astro build failed (${why}):\n${log}`));
		});
	});
}

/**
 * Vite-based parents (Vitest, `astro dev`) export BASE_URL, MODE, DEV, PROD and SSR into the environment,
 * and Astro reads `import.meta.env` from it at render time: a child build would inherit the parent's `base`.
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...rest } = env;
	return rest;
}
