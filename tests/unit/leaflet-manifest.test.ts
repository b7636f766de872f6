import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { readManifest } from '../../src/leaflets/leaflet-manifest.ts';
import type { LeafletManifest } from '../../src/schemas/leaflet-manifest.ts';
import { mergeShards } from '../../src/leaflets/merge-shards.ts';

const sha = (data: string) => createHash('sha256').update(data).digest('hex');
const RENDERER = 'test-renderer';

/** A manifest entry for a PDF with these bytes, made from no input files (its render hash is the renderer's alone). */
const entry = (id: string, pdf: string, bytes: string) => ({
	id,
	renderHash: sha(`${RENDERER}\n`),
	inputs: [],
	renderer: RENDERER,
	key: id,
	kind: 'consent' as const,
	lang: 'de',
	title: id,
	version: '1.0',
	issued: '2026-01-01',
	textHash: '0123456789ab',
	draft: false,
	pages: 1,
	bytes: bytes.length,
	sha256: sha(bytes),
	pdf,
	view: pdf.replace(/\.pdf$/, '/'),
});

/** A shard's output: a site, its PDFs and a shard manifest. */
function shard(index: number, count: number, ids: string[], leaflets: ReturnType<typeof entry>[], files: Record<string, string> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'clinic-shard-'));
	writeFileSync(join(dir, 'index.html'), 'site');
	writeFileSync(join(dir, OUTPUT_MARKER), '');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	writeFileSync(join(dir, 'leaflets.json'), JSON.stringify({ leaflets, shard: { index, count, ids } } satisfies LeafletManifest));
	return dir;
}

/** An earlier merge's output: it must survive every failed merge byte for byte. */
function lastGoodOut() {
	const out = join(mkdtempSync(join(tmpdir(), 'clinic-merged-')), 'dist');
	mkdirSync(out);
	writeFileSync(join(out, OUTPUT_MARKER), '');
	writeFileSync(join(out, 'index.html'), 'last good merge');
	return out;
}
const snapshot = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((f) => [f, statSync(join(dir, f)).isDirectory() ? 'dir' : readFileSync(join(dir, f), 'utf8')]);

describe('readManifest', () => {
	const write = (text: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'clinic-manifest-'));
		writeFileSync(join(dir, 'leaflets.json'), text);
		return dir;
	};
	const good = entry('a-consent-de', '/de/leaflets/a-consent.pdf', 'pdf');

	it('reads a good manifest, and an empty one where there is none', async () => {
		expect(await readManifest(write(JSON.stringify({ leaflets: [good] })))).toEqual({ leaflets: [good] });
		expect(await readManifest(mkdtempSync(join(tmpdir(), 'clinic-manifest-')))).toEqual({ leaflets: [] });
	});

	it('keeps the slug an entry records, and reads an entry of an earlier manifest that has none', async () => {
		const withSlug = { ...good, slug: 'a' };
		expect(await readManifest(write(JSON.stringify({ leaflets: [withSlug, good] })))).toEqual({ leaflets: [withSlug, good] });
	});

	it.each([
		['cut short', '{"leaflets": [', /not valid JSON/],
		['not an object', '[]', /the file/],
		['leaflets not a list', '{"leaflets": 5}', /leaflets/],
		['an entry without its hash', JSON.stringify({ leaflets: [{ ...good, sha256: undefined }] }), /leaflets\.0\.sha256/],
		[
			'a PDF path leaving the folder',
			JSON.stringify({ leaflets: [{ ...good, pdf: '../../etc/x' }] }),
			/leaflets\.0\.pdf must be a path inside the site/,
		],
		['a PDF path with .. inside', JSON.stringify({ leaflets: [{ ...good, pdf: '/de/leaflets/../../../etc/x.pdf' }] }), /leaflets\.0\.pdf/],
		['an absolute PDF path', JSON.stringify({ leaflets: [{ ...good, pdf: '/etc/passwd' }] }), /leaflets\.0\.pdf must be a leaflet PDF/],
		['a PDF path with an empty segment', JSON.stringify({ leaflets: [{ ...good, pdf: '//etc/leaflets/x.pdf' }] }), /leaflets\.0\.pdf/],
		['a backslash path', JSON.stringify({ leaflets: [{ ...good, pdf: '/de/leaflets/..\\..\\x.pdf' }] }), /leaflets\.0\.pdf/],
		['an input leaving the folder', JSON.stringify({ leaflets: [{ ...good, inputs: ['/../../etc/shadow'] }] }), /leaflets\.0\.inputs\.0/],
		['an input without a leading slash', JSON.stringify({ leaflets: [{ ...good, inputs: ['etc/shadow'] }] }), /leaflets\.0\.inputs\.0/],
		['a bad shard', JSON.stringify({ leaflets: [], shard: { index: 0, count: 2, ids: [] } }), /shard\.index/],
		['a kind that is no leaflet kind', JSON.stringify({ leaflets: [{ ...good, kind: 'consnet' }] }), /leaflets\.0\.kind/],
		['an empty slug', JSON.stringify({ leaflets: [{ ...good, slug: '' }] }), /leaflets\.0\.slug/],
	])('refuses a damaged manifest (%s), naming the file and the problem', async (_, text, reason) => {
		const dir = write(text);
		const error = await readManifest(dir).then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(String(error)).toContain(`${join(dir, 'leaflets.json')} is damaged`);
		expect(String(error)).toMatch(reason);
	});
});

describe('mergeShards safety', () => {
	const ids = ['a-consent-de', 'b-consent-de'];
	const a = entry('a-consent-de', '/de/leaflets/a-consent.pdf', 'pdf a');
	const b = entry('b-consent-de', '/de/leaflets/b-consent.pdf', 'pdf b');
	const goodShards = () => [shard(1, 2, ids, [a], { [a.pdf]: 'pdf a' }), shard(2, 2, ids, [b], { [b.pdf]: 'pdf b' })];

	it('merges good shards into --out, replacing the earlier output whole', async () => {
		const out = lastGoodOut();
		expect(await mergeShards(goodShards(), out)).toEqual({ leaflets: 2 });
		expect(readFileSync(join(out, 'de/leaflets/b-consent.pdf'), 'utf8')).toBe('pdf b');
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});

	it.each([
		['pdf: ../../etc/x', { ...b, pdf: '../../etc/x' }, /is damaged: leaflets\.0\.pdf/],
		['an absolute pdf path', { ...b, pdf: '/etc/passwd' }, /is damaged: leaflets\.0\.pdf/],
		['.. inside the pdf path', { ...b, pdf: '/de/leaflets/../../../../x.pdf' }, /is damaged: leaflets\.0\.pdf/],
		['an input outside the shard', { ...b, inputs: ['/../secret'] }, /is damaged: leaflets\.0\.inputs/],
	])('refuses a shard whose manifest names a path outside it (%s); --out stays as it was, no temporary folder', async (_, bad, message) => {
		const out = lastGoodOut();
		const before = snapshot(out);
		const [first] = goodShards();
		const second = shard(2, 2, ids, [bad as typeof b], { [b.pdf]: 'pdf b' });
		await expect(mergeShards([first!, second], out)).rejects.toThrow(message);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});

	it('refuses a PDF that is a link to a file outside its shard', async () => {
		const out = lastGoodOut();
		const before = snapshot(out);
		const outside = join(mkdtempSync(join(tmpdir(), 'clinic-outside-')), 'secret.pdf');
		writeFileSync(outside, 'pdf b');
		const [first] = goodShards();
		const second = shard(2, 2, ids, [b]);
		mkdirSync(join(second, 'de/leaflets'), { recursive: true });
		symlinkSync(outside, join(second, b.pdf));
		await expect(mergeShards([first!, second], out)).rejects.toThrow(/leads outside the shard/);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});

	it('refuses a shard site holding a link to a file outside it, instead of publishing it', async () => {
		const out = lastGoodOut();
		const before = snapshot(out);
		const [first, second] = goodShards();
		symlinkSync('/etc/hostname', join(first!, 'hostname.txt'));
		await expect(mergeShards([first!, second!], out)).rejects.toThrow(/hostname\.txt is a symbolic link/);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});

	it('a merge that fails half-way (a PDF that does not match) leaves the old --out as it was and no temporary folder', async () => {
		const out = lastGoodOut();
		const before = snapshot(out);
		const [first] = goodShards();
		const second = shard(2, 2, ids, [b], { [b.pdf]: 'not pdf b' });
		await expect(mergeShards([first!, second], out)).rejects.toThrow(/does not match its manifest entry/);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
		expect(existsSync(join(out, 'de'))).toBe(false);
	});
});
