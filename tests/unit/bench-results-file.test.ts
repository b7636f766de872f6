import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/parse-cli.ts';
import { assertResultsFile, writeResultsFile } from '../../src/bench/results-file.ts';

const earlier = JSON.stringify({ command: 'npm run bench -- --articles 2', machine: {}, medians: {}, runs: [] });

function tree() {
	const root = mkdtempSync(join(tmpdir(), 'clinic-bench-json-'));
	const content = join(root, 'content');
	mkdirSync(join(content, 'articles'), { recursive: true });
	writeFileSync(join(content, 'clinic.yaml'), 'name: Clinic\n');
	writeFileSync(join(content, 'articles', 'x.json'), '{}');
	return { root, content, options: { contentDirs: [content], force: false } };
}

describe('npm run bench --json refuses to overwrite what it did not make', () => {
	it.each([
		['a content file', (r: string) => join(r, 'content', 'clinic.yaml')],
		['a new file in the content tree', (r: string) => join(r, 'content', 'articles', 'new.json')],
		['an existing JSON file in the content tree', (r: string) => join(r, 'content', 'articles', 'x.json')],
		['a link into the content tree', (r: string) => join(r, 'link-to-content', 'results.json')],
	])('%s, even with --force', (_, pathOf) => {
		const { root, content, options } = tree();
		symlinkSync(content, join(root, 'link-to-content'));
		for (const force of [false, true]) {
			const error = (() => {
				try {
					assertResultsFile(pathOf(root), { ...options, force });
				} catch (e) {
					return e;
				}
			})();
			expect(error).toBeInstanceOf(UsageError);
			expect((error as Error).message).toMatch(/it is in the content folder/);
		}
		expect(readFileSync(join(content, 'clinic.yaml'), 'utf8')).toBe('name: Clinic\n');
	});

	it.each([
		['an unrelated file', 'notes.txt', 'my notes'],
		['another JSON file', 'package.json', '{ "name": "x" }'],
		['JSON that only looks a bit like a result', 'r.json', '{ "runs": [] }'],
	])('%s outside the content tree without --force', (_, name, text) => {
		const { root, options } = tree();
		writeFileSync(join(root, name), text);
		expect(() => assertResultsFile(join(root, name), options)).toThrow(/exists and is not an earlier result of npm run bench.*--force/s);
		expect(() => writeResultsFile(join(root, name), '{}', options)).toThrow(UsageError);
		expect(readFileSync(join(root, name), 'utf8')).toBe(text);
		// --force replaces an ordinary file.
		writeResultsFile(join(root, name), '{"new": 1}', { ...options, force: true });
		expect(readFileSync(join(root, name), 'utf8')).toBe('{"new": 1}');
	});

	it('a folder, a link or a FIFO, even with --force', () => {
		const { root, options } = tree();
		mkdirSync(join(root, 'folder'));
		writeFileSync(join(root, 'target.txt'), 'kept');
		symlinkSync(join(root, 'target.txt'), join(root, 'link.json'));
		expect(spawnSync('mkfifo', [join(root, 'fifo.json')]).status).toBe(0);
		for (const [name, kind] of [
			['folder', /a folder/],
			['link.json', /a symbolic link/],
			['fifo.json', /not an ordinary file/],
		] as const)
			expect(() => assertResultsFile(join(root, name), { ...options, force: true }), name).toThrow(kind);
		expect(readFileSync(join(root, 'target.txt'), 'utf8')).toBe('kept');
	});

	it('a new file, or an earlier result, is written', () => {
		const { root, options } = tree();
		writeResultsFile(join(root, 'new.json'), earlier, options);
		writeResultsFile(join(root, 'new.json'), '{"second": true}', options);
		expect(readFileSync(join(root, 'new.json'), 'utf8')).toBe('{"second": true}');
	});

	it('the script refuses before it runs anything', () => {
		const { root } = tree();
		const victim = join(root, 'clinic.yaml');
		writeFileSync(victim, 'name: Clinic\n');
		const run = spawnSync(process.execPath, ['scripts/bench.ts', '--articles', '1', '--languages', '1', '--json', victim], {
			encoding: 'utf8',
			timeout: 30_000,
		});
		expect(run.status, run.stderr).toBe(2);
		expect(run.stderr).toMatch(/Refusing --json .*clinic\.yaml: it exists and is not an earlier result/);
		expect(run.stderr).not.toMatch(/Bench:/);
		expect(readFileSync(victim, 'utf8')).toBe('name: Clinic\n');
		const inContent = spawnSync(process.execPath, ['scripts/bench.ts', '--json', resolve('content/clinic.yaml'), '--force'], {
			encoding: 'utf8',
			timeout: 30_000,
		});
		expect(inContent.status, inContent.stderr).toBe(2);
		expect(inContent.stderr).toMatch(/it is in the content folder/);
		expect(existsSync(resolve('content/clinic.yaml'))).toBe(true);
	});
});
