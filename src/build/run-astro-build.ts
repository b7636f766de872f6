import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs `astro build` into `outDir` with the project's own Astro, and rejects if it fails.
 * `quiet` keeps Astro's log out of the terminal and puts it into the error instead.
 */
export function runAstroBuild(outDir: string, env: NodeJS.ProcessEnv = process.env, options: { quiet?: boolean } = {}): Promise<void> {
	const astro = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
			stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
			env: { ...withoutViteEnv(env), ASTRO_TELEMETRY_DISABLED: '1' },
		});
		let log = '';
		child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`astro build failed (exit code ${code})${options.quiet ? `:\n${log}` : '; see its output above.'}`)),
		);
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
