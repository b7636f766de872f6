import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/build/astro-cache-dir.ts';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { PROFILE_PREFIX } from '../../src/browser/launch-browser.ts';
import { fixtureContent } from '../support/build-site.ts';

/** A dist/ from an earlier, good build: it must survive an interrupted build byte for byte. */
function lastGoodDist(): string {
	const out = join(mkdtempSync(join(tmpdir(), 'clinic-sig-')), 'dist');
	mkdirSync(join(out, 'de'), { recursive: true });
	writeFileSync(join(out, 'index.html'), 'last good build');
	writeFileSync(join(out, 'de', 'old.pdf'), 'last good leaflet');
	writeFileSync(join(out, OUTPUT_MARKER), '');
	return out;
}
const snapshot = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((f) => [f, f.includes('.') ? readFileSync(join(dir, f), 'utf8') : '']);

/** Pids of the running processes whose command line mentions `text` (Linux /proc). */
function processesMentioning(text: string): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((pid) => {
			try {
				return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
			} catch {
				return false; // ended meanwhile
			}
		})
		.map(Number);
}

async function waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** `npm run build` as a real child process, with its own temp folder (where the browser profile goes). */
function startBuild(out: string) {
	const tmp = mkdtempSync(join(tmpdir(), 'clinic-sig-tmp-'));
	const content = fixtureContent('site');
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, TMPDIR: tmp },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (chunk) => (log += chunk));
	child.stderr.on('data', (chunk) => (log += chunk));
	const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.on('close', (code, signal) => resolve({ code, signal })),
	);
	// A temporary tree's content cache would only pile up in node_modules/.astro.
	void closed.then(() => rmSync(astroCacheDir(content), { recursive: true, force: true }));
	// Bounded: a build that does not end after the signal fails the test instead of hanging it.
	const exited = () =>
		Promise.race([
			closed,
			new Promise<never>((_, reject) =>
				setTimeout(() => reject(new Error('the build did not exit within 60 s of the signal')), 60_000).unref(),
			),
		]);
	return { child, tmp, exited, log: () => log };
}

const deadPid = async () => {
	const child = spawn(process.execPath, ['-e', '']);
	await new Promise((resolve) => child.on('close', resolve));
	return child.pid!;
};

describe('npm run build answers SIGTERM and SIGINT', () => {
	it.each([
		['SIGTERM', 143],
		['SIGINT', 130],
	] as const)(
		'%s while Astro builds: stops Astro, removes the temporary folder, exits non-zero, dist/ untouched',
		async (signal, exitCode) => {
			const out = lastGoodDist();
			const before = snapshot(out);
			const staging = join(out, '..', '.build-tmp');
			const build = startBuild(out);
			try {
				await waitFor(
					'Astro to start',
					() => processesMentioning(staging).length > 0 && /Syncing content|\[build\]/.test(build.log()),
					90_000,
				);
				build.child.kill(signal);
				const { code } = await build.exited();
				expect(code, build.log()).toBe(exitCode);
			} finally {
				build.child.kill('SIGKILL');
			}
			expect(build.log()).toContain(`${signal}: stopping the build`);
			expect(snapshot(out)).toEqual(before);
			expect(readdirSync(join(out, '..'))).toEqual(['dist']);
			// Astro's process is gone with the build, not left writing into a removed folder.
			expect(processesMentioning(staging)).toEqual([]);
		},
	);

	it("while the leaflets render: closes the browser and removes its profile; a killed build's leftovers were removed at the start", async () => {
		const out = lastGoodDist();
		const before = snapshot(out);
		const staging = join(out, '..', '.build-tmp', 'dist');
		// What a `kill -9` of an earlier build leaves: its temporary build folder and its browser profile.
		const dead = await deadPid();
		mkdirSync(join(staging, `out-${dead}-0123456789ab`, 'de'), { recursive: true });
		const build = startBuild(out);
		mkdirSync(join(build.tmp, `${PROFILE_PREFIX}${dead}-0123456789ab`, 'Default'), { recursive: true });
		// A profile of a build that is still running (this test process stands in for it) stays.
		const running = `${PROFILE_PREFIX}${process.pid}-ba9876543210`;
		mkdirSync(join(build.tmp, running));
		try {
			await waitFor('Chromium to start', () => processesMentioning(join(build.tmp, PROFILE_PREFIX)).length > 0, 150_000);
			build.child.kill('SIGTERM');
			const { code } = await build.exited();
			expect(code, build.log()).toBe(143);
		} finally {
			build.child.kill('SIGKILL');
		}
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
		expect(existsSync(staging)).toBe(false);
		expect(processesMentioning(build.tmp)).toEqual([]);
		expect(readdirSync(build.tmp).filter((name) => name.startsWith(PROFILE_PREFIX))).toEqual([running]);
	});
});
