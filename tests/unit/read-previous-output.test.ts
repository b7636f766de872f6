import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MANIFEST_BYTES } from '../../src/routes/routes.ts';

const manifest = JSON.stringify({ leaflets: [] });

/**
 * Each kind of file that is not an ordinary one, put where an earlier output has its manifest or marker.
 * The reads run in a child process with a time limit: a FIFO read blocks for good, and would hang the test.
 */
const kinds: Record<string, (file: string, dir: string) => void> = {
	'a FIFO': (file) => expect(spawnSync('mkfifo', [file]).status).toBe(0),
	'a symbolic link to a good manifest': (file, dir) => {
		writeFileSync(join(dir, '..', 'elsewhere.json'), manifest);
		symlinkSync(join(dir, '..', 'elsewhere.json'), file);
	},
	'a symbolic link to a device': (file) => symlinkSync('/dev/zero', file),
	'a folder': (file) => mkdirSync(file),
	'a file far larger than any manifest': (file) => {
		writeFileSync(file, manifest);
		truncateSync(file, MAX_MANIFEST_BYTES + 1);
	},
};

function readInChild(dir: string): { isProjectOutput: boolean; readManifest: string } {
	const script = `
		import { isProjectOutput } from ${JSON.stringify(resolve('src/build/output-marker.ts'))};
		import { readManifest } from ${JSON.stringify(resolve('src/leaflets/leaflet-manifest.ts'))};
		const dir = ${JSON.stringify(dir)};
		const result = { isProjectOutput: isProjectOutput(dir) };
		result.readManifest = await readManifest(dir).then(() => 'read', (error) => error.constructor.name + ': ' + error.message);
		console.log(JSON.stringify(result));
		process.exit(0);`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
		timeout: 8000,
		encoding: 'utf8',
		killSignal: 'SIGKILL',
	});
	expect(run.signal, `the read hung or crashed: ${run.stderr}`).toBeNull();
	expect(run.status, run.stderr).toBe(0);
	return JSON.parse(run.stdout) as { isProjectOutput: boolean; readManifest: string };
}

describe("an earlier output's leaflets.json that is not an ordinary file", () => {
	it.each(Object.keys(kinds))(
		'(%s) is never followed or read: the folder is not taken for an output, and the manifest is damaged',
		(kind) => {
			const dir = join(mkdtempSync(join(tmpdir(), 'clinic-prev-')), 'dist');
			mkdirSync(dir);
			writeFileSync(join(dir, 'index.html'), '<p>site</p>');
			kinds[kind]!(join(dir, 'leaflets.json'), dir);
			const result = readInChild(dir);
			expect(result.isProjectOutput).toBe(false);
			expect(result.readManifest).toMatch(/^ManifestError: .*leaflets\.json is damaged: .*leaflets\.json (is a|is \d+ bytes)/);
			expect(result.readManifest).toMatch(/Remove it, then run again/);
		},
		15_000,
	);

	it("a symbolic link named like the marker does not make a folder the build's own", () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'clinic-prev-')), 'dist');
		mkdirSync(dir);
		writeFileSync(join(dir, 'precious.txt'), 'user file');
		writeFileSync(join(dir, '..', 'some-file'), 'anything');
		symlinkSync(join(dir, '..', 'some-file'), join(dir, '.clinic-publisher-build'));
		expect(readInChild(dir).isProjectOutput).toBe(false);
	});
});
