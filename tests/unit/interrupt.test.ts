import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const interruptModule = resolve('src/build/interrupt.ts');
const TIMEOUT_MS = 1000;

/**
 * A script that installs the signal handler with a short cleanup limit, registers `hanging` cleanups that
 * never resolve and, with `fifo`, blocks a file-system thread for good on a FIFO nobody writes to (what a
 * FIFO as dist/leaflets.json did to the build).
 */
function start(hanging: number, fifo: boolean) {
	const dir = mkdtempSync(join(tmpdir(), 'clinic-interrupt-'));
	const pipe = join(dir, 'leaflets.json');
	if (fifo) expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
	writeFileSync(
		join(dir, 'child.ts'),
		[
			`import { readFile } from 'node:fs/promises';`,
			`import { handleInterrupts, whileRunning } from ${JSON.stringify(interruptModule)};`,
			`handleInterrupts({ cleanupTimeoutMs: ${TIMEOUT_MS} });`,
			`for (let i = 0; i < ${hanging}; i++) whileRunning(() => new Promise(() => {}));`,
			fifo ? `void readFile(${JSON.stringify(pipe)});` : '',
			`setInterval(() => {}, 1000);`,
			`setTimeout(() => console.log('ready'), 200);`,
		].join('\n'),
	);
	const child = spawn(process.execPath, [join(dir, 'child.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	const ready = new Promise<void>((done) => child.stdout.on('data', () => log.includes('ready') && done()));
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
		child.on('exit', (code, signal) => done({ code, signal })),
	);
	return { child, ready, exited, log: () => log };
}

describe('the signal handler ends the process within its cleanup limit', () => {
	it.each([
		['one cleanup never resolves while a FIFO read blocks a thread', 1, true],
		['three cleanups never resolve', 3, false],
		['three cleanups never resolve while a FIFO read blocks a thread', 3, true],
	])(
		'%s: the process still exits, within about the limit',
		async (_, hanging, fifo) => {
			const run = start(hanging, fifo);
			try {
				await run.ready;
				const sent = Date.now();
				run.child.kill('SIGTERM');
				const ended = await Promise.race([run.exited, new Promise<'hung'>((done) => setTimeout(() => done('hung'), 6 * TIMEOUT_MS))]);
				expect(ended, run.log()).not.toBe('hung');
				expect(Date.now() - sent).toBeLessThan(3 * TIMEOUT_MS);
				// Non-zero as the shell sees it: 143 = 128 + SIGTERM, by exit code or by the signal itself.
				const { code, signal } = ended as { code: number | null; signal: NodeJS.Signals | null };
				expect(code === 143 || signal === 'SIGTERM', JSON.stringify(ended)).toBe(true);
				expect(run.log()).toContain('SIGTERM: stopping the build');
				expect(run.log()).toMatch(/did not finish/);
			} finally {
				run.child.kill('SIGKILL');
			}
		},
		20_000,
	);
});
