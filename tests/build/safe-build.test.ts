import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { startAstroBuild } from '../../src/build/run-astro-build.ts';
import { fixtureContent } from '../support/build-site.ts';
import { readPdf } from '../support/pdf-text.ts';

/** A dist/ from an earlier, good build: it must survive any failed build byte for byte. */
function lastGoodDist(): string {
	const out = join(mkdtempSync(join(tmpdir(), 'clinic-out-')), 'dist');
	mkdirSync(join(out, 'de'), { recursive: true });
	writeFileSync(join(out, 'index.html'), 'last good build');
	writeFileSync(join(out, 'de', 'old.pdf'), 'last good leaflet');
	writeFileSync(join(out, OUTPUT_MARKER), '');
	return out;
}

const build = (env: Record<string, string>) =>
	spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 200_000 });

/** Astro's log without colours (CI, or FORCE_COLOR, turns them on). */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

const snapshot = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((f) => [f, f.includes('.') ? readFileSync(join(dir, f), 'utf8') : '']);

describe('npm run build (scripts/build.ts)', () => {
	it('stops on a content error with file and line, and leaves dist/ untouched', () => {
		const content = fixtureContent('site');
		const file = join(content, 'articles/en/beta-treatment.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('frequency: rare', 'frequency: seldom'));
		const out = lastGoodDist();
		const before = snapshot(out);
		const run = build({ CONTENT_DIR: content, OUT_DIR: out });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/beta-treatment\.md:19:\d+: error: `risks\[2\]\.frequency`/);
		expect(run.stderr).toContain('was not changed');
		expect(snapshot(out)).toEqual(before);
		// Astro, started alongside the check, was stopped before its log was shown and left no folder behind.
		expect(plain(run.stdout)).not.toContain('[build]');
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});

	it('fails when the leaflet stage cannot run, says what to install, and leaves dist/ untouched', () => {
		const out = lastGoodDist();
		const before = snapshot(out);
		const run = build({ CONTENT_DIR: fixtureContent('site'), OUT_DIR: out, PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('PUPPETEER_EXECUTABLE_PATH is set to "/nonexistent/chrome"');
		expect(run.stderr).toContain('apt-get install -y chromium');
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});

	it('replaces dist/ with the new site and leaflets when everything succeeds', () => {
		const out = lastGoodDist();
		const run = build({ CONTENT_DIR: fixtureContent('site'), OUT_DIR: out });
		expect(run.status, run.stderr).toBe(0);
		const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
		expect(files).toContain('leaflets.json');
		expect(files).toContain(join('en', 'leaflets', 'alpha-treatment-consent.pdf'));
		expect(files).not.toContain(join('de', 'old.pdf'));
		// Ordinary permissions, as mkdir makes them: a web server running as another user can read dist/.
		expect(statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
		expect(statSync(join(out, 'en')).mode & 0o777).toBe(0o777 & ~process.umask());
		expect(run.stdout).toMatch(/Leaflets: 9 rendered, 0 unchanged \(reused\), 0 failed, of 9/);
		// Astro's log, held while the content was checked, is shown in full.
		expect(plain(run.stdout)).toMatch(/\[content\] Syncing content[\s\S]*\[build\] Complete!/);
	});

	it('escapes text from content in PDF metadata (the fixture clinic is called "Fixture Clinic & <Test>")', async () => {
		const out = lastGoodDist();
		expect(build({ CONTENT_DIR: fixtureContent('site'), OUT_DIR: out }).status).toBe(0);
		const pdf = await readPdf(join(out, 'en', 'leaflets', 'alpha-treatment-consent.pdf'));
		expect(pdf.info.Author).toBe('Fixture Clinic & <Test>');
		expect(pdf.flat).toContain('Fixture Clinic & <Test>');
		// A risk name with markup in it is printed as text, not interpreted.
		expect(pdf.flat).toContain('Bruising </script><script>alert(1)</script>');
	});
});

describe('startAstroBuild with its log held back', () => {
	it('puts the held log into the error when Astro fails before the hold ends, and shows it only once', async () => {
		const shown: string[] = [];
		const write = process.stdout.write.bind(process.stdout);
		process.stdout.write = ((chunk: string | Uint8Array) => (shown.push(String(chunk)), true)) as typeof process.stdout.write;
		try {
			// The output folder would be inside a file: Astro fails once it starts writing.
			const file = join(mkdtempSync(join(tmpdir(), 'clinic-held-')), 'a-file');
			writeFileSync(file, '');
			const site = startAstroBuild(join(file, 'out'), { ...process.env, CONTENT_DIR: fixtureContent('site') }, { holdOutput: true });
			const error = await site.done.catch((e: unknown) => e);
			expect(plain(String(error))).toMatch(/astro build failed \(exit code 1\):\n[\s\S]*\[content\] Syncing content/);
			expect(plain(shown.join(''))).not.toContain('Syncing content');
			site.showOutput();
			expect(plain(shown.join(''))).not.toContain('Syncing content');
		} finally {
			process.stdout.write = write;
		}
	});
});
