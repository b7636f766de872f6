import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeOutput, UnsafeOutputError } from '../../src/build/output-guard.ts';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { publishDir } from '../../src/build/publish-dir.ts';

/** A stand-in project in a temp folder: its own files, a content tree, and a user's folder of notes. */
function project() {
	const root = mkdtempSync(join(tmpdir(), 'clinic-guard-'));
	const dir = join(root, 'project');
	const content = join(dir, 'content');
	mkdirSync(join(content, 'articles', 'de'), { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{}');
	writeFileSync(join(content, 'clinic.yaml'), 'name: x\n');
	writeFileSync(join(content, 'articles', 'de', 'a.md'), '# a\n');
	const notes = join(root, 'notes');
	mkdirSync(notes);
	writeFileSync(join(notes, 'taxes.txt'), 'my own file');
	return { root, dir, content, notes, guard: { projectDir: dir, contentDir: content } };
}

/** Every file under `dir` with its bytes (and the folders), to show a refused target was not touched. */
const snapshot = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((f) => [f, statSync(join(dir, f)).isDirectory() ? 'dir' : readFileSync(join(dir, f), 'utf8')]);

const build = async (tmp: string) => writeFileSync(join(tmp, 'index.html'), 'new build');

describe('the output guard (publishDir refuses what the build did not make)', () => {
	it('refuses the content folder, the project, an ancestor of either, a user folder and a file, and leaves each byte for byte as it was', async () => {
		const p = project();
		const targets = {
			'the content folder': p.content,
			'a folder inside the content folder': join(p.content, 'articles'),
			'the project folder': p.dir,
			'an ancestor of the project': p.root,
			"a folder with a user's files": p.notes,
			'a file': join(p.notes, 'taxes.txt'),
			'the folder builds are staged in': join(p.root, '.build-tmp'),
			'a link to the content folder': (symlinkSync(p.content, join(p.root, 'link-to-content')), join(p.root, 'link-to-content')),
		};
		const before = snapshot(p.root);
		for (const [what, target] of Object.entries(targets)) {
			await expect(publishDir(target, build, p.guard), what).rejects.toThrow(UnsafeOutputError);
		}
		expect(snapshot(p.root)).toEqual(before);
		expect(existsSync(join(p.root, '.build-tmp'))).toBe(false);
	});

	it('says why and what to do', () => {
		const p = project();
		// Only checked, never built into: a test must not point a build at a real folder.
		expect(() => assertSafeOutput('/', { label: 'OUT_DIR', mode: 'replace', ...p.guard })).toThrow(/it is the root of the file system/);
		expect(() => assertSafeOutput(homedir(), { label: 'OUT_DIR', mode: 'replace', ...p.guard })).toThrow(/it is your home folder/);
		expect(() => assertSafeOutput(p.content, { label: 'OUT_DIR', mode: 'replace', ...p.guard })).toThrow(
			/Refusing OUT_DIR=.*content: it is the content folder\. Nothing was changed\. Choose a folder of its own/,
		);
		expect(() => assertSafeOutput(p.root, { label: '--out', mode: 'replace', ...p.guard })).toThrow(
			/it holds the project folder .*--out dist/,
		);
		expect(() => assertSafeOutput(p.notes, { label: 'OUT_DIR', mode: 'replace', ...p.guard })).toThrow(
			new RegExp(`no ${OUTPUT_MARKER.replace('.', '\\.')} file in it.*Choose a new or empty folder`),
		);
		expect(() => assertSafeOutput(p.notes, { label: 'OUT_DIR', mode: 'update', ...p.guard })).toThrow(
			/holds no build of this project.*Run `npm run build`/,
		);
		expect(() => assertSafeOutput(join(p.root, 'missing'), { label: 'OUT_DIR', mode: 'update', ...p.guard })).toThrow(/does not exist/);
	});

	it('accepts a missing folder, an empty one, and an earlier output (it carries the marker); every output it makes carries one', async () => {
		const p = project();
		const missing = join(p.dir, 'dist');
		await publishDir(missing, build, p.guard);
		expect(readFileSync(join(missing, 'index.html'), 'utf8')).toBe('new build');
		expect(existsSync(join(missing, OUTPUT_MARKER))).toBe(true);
		// The earlier output is replaced as a whole.
		writeFileSync(join(missing, 'stale.html'), 'from the last build');
		await publishDir(missing, build, p.guard);
		expect(readdirSync(missing).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
		const empty = join(p.root, 'empty');
		mkdirSync(empty);
		await publishDir(empty, build, p.guard);
		expect(readdirSync(empty).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
		expect(readdirSync(p.dir).sort()).toEqual(['content', 'dist', 'package.json']);
	});

	it('replaces the dist/ of a version made before the marker (a site with a valid leaflet manifest), and nothing that only looks like one', async () => {
		const p = project();
		const legacy = join(p.root, 'old-dist');
		mkdirSync(legacy);
		writeFileSync(join(legacy, 'index.html'), 'old build');
		writeFileSync(join(legacy, 'leaflets.json'), JSON.stringify({ leaflets: [] }));
		await publishDir(legacy, build, p.guard);
		expect(readdirSync(legacy).sort()).toEqual([OUTPUT_MARKER, 'index.html']);

		const lookalikes = {
			'a manifest that is not one': { 'index.html': 'x', 'leaflets.json': '{"leaflets": "all of them"}' },
			'a manifest without a site': { 'leaflets.json': JSON.stringify({ leaflets: [] }) },
			'a site without a manifest': { 'index.html': 'my homepage' },
			'unreadable JSON': { 'index.html': 'x', 'leaflets.json': '{' },
		};
		for (const [what, files] of Object.entries(lookalikes)) {
			const dir = join(p.root, what.replaceAll(' ', '-'));
			mkdirSync(dir);
			for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
			const before = snapshot(dir);
			await expect(publishDir(dir, build, p.guard), what).rejects.toThrow(UnsafeOutputError);
			expect(snapshot(dir), what).toEqual(before);
		}
	});

	it("does not replace a folder that got a user's files while the build ran", async () => {
		const p = project();
		const target = join(p.root, 'out');
		await expect(
			publishDir(
				target,
				async (tmp) => {
					await build(tmp);
					mkdirSync(target);
					writeFileSync(join(target, 'report.docx'), 'written meanwhile');
				},
				p.guard,
			),
		).rejects.toThrow(UnsafeOutputError);
		expect(readdirSync(target)).toEqual(['report.docx']);
		expect(existsSync(join(p.root, '.build-tmp'))).toBe(false);
	});

	it('publishes with ordinary permissions (as mkdir makes them), not the 0700 of a temporary folder', async () => {
		const p = project();
		const target = join(p.root, 'dist');
		await publishDir(
			target,
			async (tmp) => {
				mkdirSync(join(tmp, 'de'));
				await build(tmp);
			},
			p.guard,
		);
		const ordinary = 0o777 & ~process.umask();
		expect(statSync(target).mode & 0o777).toBe(ordinary);
		expect(statSync(join(target, 'de')).mode & 0o777).toBe(ordinary);
		expect(ordinary & 0o055).not.toBe(0); // others can read it under any usual umask (022, 002)
	});
});

describe('npm run build, leaflets and leaflets:merge refuse a dangerous output before doing anything', () => {
	// Run from the stand-in project, so that "the project" and its ancestors are temporary folders too.
	const run = (script: string, args: string[], env: Record<string, string>, cwd: string) =>
		spawnSync(process.execPath, [resolve(script), ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

	it('exits 2 with the reason, and the folder is unchanged', () => {
		const p = project();
		const before = snapshot(p.root);
		const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
			['scripts/build.ts', [], { OUT_DIR: p.content, CONTENT_DIR: p.content }, /it is the content folder/],
			['scripts/build.ts', [], { OUT_DIR: p.notes, CONTENT_DIR: p.content }, /no \.clinic-publisher-build file in it/],
			['scripts/build.ts', [], { OUT_DIR: p.root, CONTENT_DIR: p.content }, /it holds the project folder/],
			['scripts/build.ts', [], { OUT_DIR: p.dir, CONTENT_DIR: p.content }, /it is the project folder/],
			['scripts/leaflets.ts', [], { OUT_DIR: p.notes, CONTENT_DIR: p.content }, /holds no build of this project/],
			['scripts/merge-leaflets.ts', [p.notes, '--out', p.content], { CONTENT_DIR: p.content }, /--out=.*it is the content folder/],
			[
				'scripts/merge-leaflets.ts',
				[p.content, '--out', p.notes],
				{ CONTENT_DIR: p.content },
				/--out=.*no \.clinic-publisher-build file in it/,
			],
		];
		for (const [script, args, env, message] of cases) {
			const result = run(script, args, env, p.dir);
			expect(result.stderr, `${script} ${JSON.stringify(env)}`).toMatch(message);
			expect(result.status).toBe(2);
		}
		expect(snapshot(p.root)).toEqual(before);
	});
});
