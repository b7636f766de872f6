import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { fixtureContent } from '../support/build-site.ts';
import { loadRegister } from '../../src/content/load-register.ts';
import { setPdfMetadata } from '../../src/leaflets/pdf-metadata.ts';
import { outlinePdf } from '../support/pdf-file.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The scripts as a user runs them, one process each: what a bad flag or variable does end to end.
// (The schema itself is unit-tested in tests/unit/parse-cli.test.ts.)

/**
 * Runs a script from an empty temporary folder: even if a check failed, relative paths (an empty
 * OUT_DIR is the current folder) would name nothing of the project.
 */
const run = (script: string, args: string[], env: Record<string, string> = {}, cwd = mkdtempSync(join(tmpdir(), 'clinic-cli-cwd-'))) =>
	spawnSync(process.execPath, [resolve(script), ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

describe('command-line flags go through a schema', () => {
	// An empty output folder: a bad flag must stop the script before it writes anything into it.
	const out = () => join(mkdtempSync(join(tmpdir(), 'clinic-cli-')), 'dist');

	const bad: Array<[string, string[], RegExp]> = [
		['scripts/leaflets.ts', ['--concurrency', 'abc'], /--concurrency takes a whole number from 1 to 32 \(got "abc"\)/],
		['scripts/leaflets.ts', ['--concurrency', '0'], /--concurrency takes a whole number from 1 to 32 \(got "0"\)/],
		['scripts/leaflets.ts', ['--concurrency=-1'], /--concurrency takes a whole number from 1 to 32 \(got "-1"\)/],
		['scripts/leaflets.ts', ['--concurrency', '-1'], /--concurrency/],
		['scripts/leaflets.ts', ['--concurrency', '1.5'], /--concurrency takes a whole number/],
		['scripts/leaflets.ts', ['--concurrency', '999999'], /--concurrency takes a whole number from 1 to 32/],
		['scripts/leaflets.ts', ['--concurrency'], /--concurrency/],
		['scripts/leaflets.ts', ['--shard', '0/3'], /--shard takes "i\/n" with 1 ≤ i ≤ n.*\(got "0\/3"\)/],
		['scripts/leaflets.ts', ['--shard', '4/3'], /--shard takes "i\/n"/],
		['scripts/leaflets.ts', ['--shard', 'a/b'], /--shard takes "i\/n"/],
		['scripts/leaflets.ts', ['--shard', '1/0'], /--shard takes "i\/n"/],
		['scripts/leaflets.ts', ['--kind', 'leaflet'], /--kind takes consent, aftercare, consent-bilingual \(got "leaflet"\)/],
		['scripts/leaflets.ts', ['--kind', 'consent,Consent'], /--kind takes consent, aftercare, consent-bilingual/],
		[
			'scripts/leaflets.ts',
			['--langs', 'de'],
			/Unknown option '--langs'[\s\S]*Known flags: --lang, --article, --kind, --concurrency, --shard, --force/,
		],
		['scripts/leaflets.ts', ['--force=yes'], /--force/],
		['scripts/leaflets.ts', ['stray'], /Unexpected argument 'stray'/],
		['scripts/build.ts', ['--forse'], /Unknown option '--forse'[\s\S]*Usage: npm run build/],
		['scripts/build.ts', ['--force', 'now'], /Unexpected argument 'now'/],
		['scripts/check.ts', ['--format', 'xml'], /--format takes text, json \(got "xml"\)/],
		['scripts/check.ts', ['--format'], /--format/],
		['scripts/check.ts', ['--strict=no'], /--strict/],
		['scripts/check.ts', ['--verbose'], /Unknown option '--verbose'/],
		['scripts/merge-leaflets.ts', ['shards/1', '--output', 'x'], /Unknown option '--output'/],
		['scripts/merge-leaflets.ts', ['shards/1', '--out'], /--out/],
	];
	it.each(bad)('%s %j: exit code 2, the flag and what it takes, nothing built', (script, args, message) => {
		const dir = out();
		const result = run(script, args, { OUT_DIR: dir, CONTENT_DIR: join(dir, '..', 'content') });
		expect(result.stderr).toMatch(message);
		expect(result.status).toBe(2);
		expect(readdirSync(join(dir, '..'))).toEqual([]);
	});

	it.each([
		['scripts/build.ts', { SITE_BASE: 'praxis' }],
		['scripts/build.ts', { SITE_BASE: '/praxis' }],
		['scripts/build.ts', { SITE_BASE: '/../' }],
		['scripts/build.ts', { SITE_BASE: '//evil.example/' }],
		['scripts/leaflets.ts', { SITE_BASE: '/a b/' }],
		['scripts/build.ts', { OUT_DIR: '' }],
		['scripts/check.ts', { CONTENT_DIR: '' }],
	])('%s with %j: exit code 2, naming the variable and what it takes', (script, env) => {
		const dir = out();
		const result = run(script, [], { OUT_DIR: dir, CONTENT_DIR: join(dir, '..', 'content'), ...env });
		const [name] = Object.keys(env);
		expect(result.stderr).toMatch(new RegExp(`${name}=.* is not valid: it (takes|must)`));
		expect(result.status).toBe(2);
		expect(readdirSync(join(dir, '..'))).toEqual([]);
	});
});

describe('filter values the content does not have', () => {
	it.each([
		[['--lang', 'xx'], /Unknown --lang xx; known: de, en\./],
		[['--lang', 'de,fr'], /Unknown --lang fr; known: de, en\./],
		[['--article', 'gamma'], /Unknown --article gamma; known: .*alpha/],
	])('npm run leaflets -- %j: exit code 2, what is known, nothing written', (args, message) => {
		const dist = mkdtempSync(join(tmpdir(), 'clinic-cli-dist-'));
		writeFileSync(join(dist, 'index.html'), 'site');
		writeFileSync(join(dist, OUTPUT_MARKER), '');
		// From the project (the leaflet stage reads its templates); both folders are temporary.
		const result = run('scripts/leaflets.ts', args, { OUT_DIR: dist, CONTENT_DIR: fixtureContent('site') }, process.cwd());
		expect(result.stderr).toMatch(message);
		expect(result.status).toBe(2);
		expect(readdirSync(dist).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
	});
});

describe('npm run release and npm run verify as processes', () => {
	const register = (dir: string) => readFileSync(join(dir, 'leaflet-register.yaml'));

	it('release: --by is required (exit 2); nothing to release says so (exit 0); a content error refuses and writes nothing (exit 1)', () => {
		const content = fixtureContent('site');
		const bytes = register(content);
		const missing = run('scripts/release.ts', [], { CONTENT_DIR: content });
		expect(missing.stderr).toMatch(/--by is required/);
		expect(missing.status).toBe(2);
		const nothing = run('scripts/release.ts', ['--by', 'lena-hartmann'], { CONTENT_DIR: content });
		expect(nothing.stdout).toContain('Nothing to release');
		expect(nothing.status).toBe(0);
		const article = join(content, 'articles/en/beta-treatment.md');
		writeFileSync(article, readFileSync(article, 'utf8').replace('- { name: Redness', '- { name: Reddening'));
		const refused = run('scripts/release.ts', ['--by', 'lena-hartmann'], { CONTENT_DIR: content });
		expect(refused.stderr).toMatch(/beta-treatment\.md:5:\d+: error: The text of beta-consent-en changed since version 2\.1/);
		expect(refused.stderr).toContain('Nothing released');
		expect(refused.status).toBe(1);
		expect(register(content).equals(bytes)).toBe(true);
		writeFileSync(article, readFileSync(article, 'utf8').replace('version: "2.1"', 'version: "2.2"'));
		const released = run('scripts/release.ts', ['--by', 'jonas-weber', '--id', 'beta-consent-en'], { CONTENT_DIR: content });
		expect(released.stdout).toMatch(/Released beta-consent-en version 2\.2 of 2026-10-01 \(text [0-9a-f]{12}\) by jonas-weber\./);
		expect(released.status).toBe(0);
		expect(register(content).subarray(0, bytes.length).equals(bytes)).toBe(true);
	});

	it('verify: no file is a usage error (exit 2), a file that is no leaflet of ours exits 1 and says so', () => {
		const content = fixtureContent('site');
		const none = run('scripts/verify.ts', [], { CONTENT_DIR: content });
		expect(none.stderr).toMatch(/name at least one PDF file/);
		expect(none.status).toBe(2);
		const file = join(content, 'notes.pdf');
		writeFileSync(file, 'just text');
		const other = run('scripts/verify.ts', [file], { CONTENT_DIR: content });
		expect(other.stdout).toContain('not a leaflet: This is not a PDF file');
		expect(other.status).toBe(1);
	});

	it('verify: a released, unmodified leaflet exits 0 with who released it; the same with bytes appended exits 1', () => {
		const content = fixtureContent('site');
		const entry = loadRegister(content).entries.find((e) => e.id === 'alpha-consent-en')!;
		const document = { id: entry.id, version: entry.version, issued: entry.issued, textHash: entry.textHash, draft: false };
		const meta = {
			title: 'T',
			author: 'A',
			subject: 'S',
			keywords: [],
			language: 'en',
			date: new Date('2026-10-01T00:00:00Z'),
			creator: 'c',
			document,
		};
		const pdf = Buffer.from(setPdfMetadata(Buffer.from(outlinePdf(['(Risks)']), 'latin1'), meta).bytes);
		const file = join(content, 'alpha.pdf');
		writeFileSync(file, pdf);
		const good = run('scripts/verify.ts', [file], { CONTENT_DIR: content });
		expect(good.stdout).toContain(`document: alpha-consent-en, version 2.1 issued 2026-10-01, text hash ${entry.textHash}`);
		expect(good.stdout).toContain(`register: released by lena-hartmann at ${entry.releasedAt}`);
		expect(good.stdout).toContain('file: unchanged since the build.');
		expect(good.status).toBe(0);
		const edited = join(content, 'alpha-edited.pdf');
		writeFileSync(edited, Buffer.concat([pdf, Buffer.from('% saved by an editor\n')]));
		const both = run('scripts/verify.ts', [file, edited], { CONTENT_DIR: content });
		expect(both.stdout).toContain('file: MODIFIED, bytes were added after the build');
		expect(both.status).toBe(1);
	});

	it('verify: a FIFO, a directory and a file too large for a leaflet each get a one-line reason, and the files after them are still verified', () => {
		const content = fixtureContent('site');
		const entry = loadRegister(content).entries.find((e) => e.id === 'alpha-consent-en')!;
		const document = { id: entry.id, version: entry.version, issued: entry.issued, textHash: entry.textHash, draft: false };
		const meta = {
			title: 'T',
			author: 'A',
			subject: 'S',
			keywords: [],
			language: 'en',
			date: new Date('2026-10-01T00:00:00Z'),
			creator: 'c',
			document,
		};
		const good = join(content, 'alpha.pdf');
		writeFileSync(good, Buffer.from(setPdfMetadata(Buffer.from(outlinePdf(['(Risks)']), 'latin1'), meta).bytes));
		const fifo = join(content, 'pipe.pdf');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		// Sparse: 201 MB on paper, nothing on disk.
		const big = join(content, 'big.pdf');
		writeFileSync(big, '%PDF-1.4\n');
		truncateSync(big, 201 * 1024 * 1024);
		const folder = join(content, 'folder.pdf');
		mkdirSync(folder);
		const result = spawnSync(process.execPath, [resolve('scripts/verify.ts'), fifo, folder, big, good], {
			env: { ...process.env, CONTENT_DIR: content },
			encoding: 'utf8',
			timeout: 20_000,
		});
		expect(result.signal, 'verify did not hang').toBeNull();
		expect(result.stdout).toContain(`${fifo}\n  cannot be read: it is a named pipe (FIFO), not a PDF file.`);
		expect(result.stdout).toContain(`${folder}\n  cannot be read: it is a directory, not a PDF file.`);
		expect(result.stdout).toMatch(/big\.pdf\n {2}not a leaflet: the file has 210763776 bytes, more than the 200 MB/);
		expect(result.stdout).toContain(`${good}\n  document: alpha-consent-en`);
		expect(result.stdout).toContain('file: unchanged since the build.');
		expect(result.status).toBe(1);
	});
});
