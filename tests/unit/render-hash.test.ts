import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_VERSION, renderHash, rendererId } from '../../src/leaflets/render-hash.ts';

/** A stand-in browser executable that prints a version, under the given file name. */
function fakeBrowser(dir: string, name: string): string {
	const path = join(dir, name);
	writeFileSync(path, '#!/bin/sh\necho "Chromium 156.0.8078.79"\n');
	chmodSync(path, 0o755);
	return path;
}

describe('rendererId', () => {
	it('names the browser version, and tells the headless shell from the full browser of the same version', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'renderer-id-'));
		const full = await rendererId(fakeBrowser(dir, 'chromium'));
		const shell = await rendererId(fakeBrowser(dir, 'chromium-headless-shell'));
		expect(full).toBe(`${RENDERER_VERSION} Chromium 156.0.8078.79`);
		expect(shell).toBe(`${RENDERER_VERSION} Chromium 156.0.8078.79 headless-shell`);
	});
});

describe('renderHash', () => {
	it('changes with the renderer id and with any input file, and is undefined when an input is gone', async () => {
		const root = mkdtempSync(join(tmpdir(), 'render-hash-'));
		writeFileSync(join(root, 'a.html'), '<p>a</p>');
		writeFileSync(join(root, 'b.css'), 'p{}');
		const base = await renderHash(root, ['/a.html', '/b.css'], 'r1');
		expect(await renderHash(root, ['/b.css', '/a.html'], 'r1')).toBe(base);
		expect(await renderHash(root, ['/a.html', '/b.css'], 'r2')).not.toBe(base);
		writeFileSync(join(root, 'b.css'), 'p{color:red}');
		expect(await renderHash(root, ['/a.html', '/b.css'], 'r1')).not.toBe(base);
		expect(await renderHash(root, ['/a.html', '/gone.css'], 'r1')).toBeUndefined();
	});
});
