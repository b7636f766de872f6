import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER } from '../../src/build/output-marker.ts';
import { publishDir } from '../../src/build/publish-dir.ts';
import { serializeJsonLd } from '../../src/site/json-ld.ts';

describe('publishDir', () => {
	const setUp = () => {
		const root = mkdtempSync(join(tmpdir(), 'clinic-publish-'));
		const target = join(root, 'dist');
		mkdirSync(target);
		writeFileSync(join(target, 'index.html'), 'last good build');
		// An earlier build's output carries the marker; only such a folder may be replaced.
		writeFileSync(join(target, OUTPUT_MARKER), '');
		return { root, target };
	};

	it('replaces the target only when the build succeeded', async () => {
		const { root, target } = setUp();
		await publishDir(target, async (tmp) => writeFileSync(join(tmp, 'index.html'), 'new build'));
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new build');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	it('leaves the last good output exactly as it was when the build fails half-way', async () => {
		const { root, target } = setUp();
		await expect(
			publishDir(target, async (tmp) => {
				writeFileSync(join(tmp, 'index.html'), 'half-built');
				throw new Error('leaflet failed');
			}),
		).rejects.toThrow('leaflet failed');
		expect(readdirSync(target).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
		expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('last good build');
		expect(existsSync(join(root, '.build-tmp')) ? readdirSync(join(root, '.build-tmp')) : []).toEqual([]);
	});
});

describe('serializeJsonLd', () => {
	it('cannot be broken out of with markup from content', () => {
		const json = serializeJsonLd({ text: '</script><script>alert(1)</script> & \u2028' });
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json).text).toBe('</script><script>alert(1)</script> & \u2028');
	});
});
