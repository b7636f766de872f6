import { spawn } from 'node:child_process';
import { withMemory, type MemoryPeaks } from './measure.ts';

export interface ChildRun {
	seconds: number;
	memory: MemoryPeaks;
	stdout: string;
}

/**
 * Runs `node <args>` in a child process (in `cwd`, by default this one), timing it and sampling its
 * process tree's memory. Its output is collected, not shown. Fails on a non-zero exit, with the ends of
 * both outputs (the leaflet stage gives its reasons on stdout).
 */
export async function runChild(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<ChildRun> {
	const start = performance.now();
	const { result, memory } = await withMemory(
		(setRoot) =>
			new Promise<string>((done, fail) => {
				const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...clean } = { ...process.env, ...env };
				const child = spawn(process.execPath, args, {
					env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1' },
					stdio: ['ignore', 'pipe', 'pipe'],
					cwd,
				});
				setRoot(child.pid!);
				let out = '';
				let err = '';
				child.stdout.on('data', (c: Buffer) => (out += c.toString()));
				child.stderr.on('data', (c: Buffer) => (err += c.toString()));
				child.on('exit', (code) =>
					code === 0 ? done(out) : fail(new Error(`node ${args.join(' ')} failed (${code}):\n${err.slice(-3000)}\n${out.slice(-3000)}`)),
				);
			}),
	);
	return { seconds: (performance.now() - start) / 1000, memory, stdout: result };
}
