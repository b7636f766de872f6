import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLeaflets } from '../../src/leaflets/build-leaflets.ts';
import { readManifest } from '../../src/leaflets/leaflet-manifest.ts';
import { buildSite, fixtureContent } from '../support/build-site.ts';

afterEach(() => vi.restoreAllMocks());

describe('a damaged leaflets.json from the last build', () => {
	it.each([
		['cut short', '{"leaflets": [{"id": "alpha-aftercare-de", "pdf": '],
		['the wrong shape', '{"leaflets": 5}'],
		['entries of the wrong shape', '{"leaflets": [{"id": "alpha-aftercare-de"}]}'],
		['a path outside the build', JSON.stringify({ leaflets: [{ id: 'alpha-aftercare-de', pdf: '../../../etc/passwd' }] })],
	])('(%s) does not fail the build: nothing is reused, the leaflets are rendered, and a warning names the file', async (_, damaged) => {
		const content = fixtureContent('site');
		const site = await buildSite({ contentDir: content });
		// The last build, whose manifest is damaged, and the new one the leaflets go into.
		const previous = mkdtempSync(join(tmpdir(), 'clinic-prev-'));
		cpSync(site, previous, { recursive: true });
		writeFileSync(join(previous, 'leaflets.json'), damaged);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const result = await buildLeaflets({
			root: site,
			previousRoot: previous,
			base: '/',
			contentDir: content,
			filter: { lang: ['de'], kind: ['aftercare'] },
			progress: false,
		});
		expect(result.failures).toEqual([]);
		expect(result.rendered.map((l) => l.id)).toEqual(['alpha-aftercare-de']);
		expect(result.reused).toEqual([]);
		expect(warn.mock.calls.join('\n')).toContain(`${join(previous, 'leaflets.json')} is damaged`);
		expect(warn.mock.calls.join('\n')).toContain('every leaflet is rendered again');
		// The new manifest is whole again.
		expect((await readManifest(site)).leaflets.map((l) => l.id)).toEqual(['alpha-aftercare-de']);
	});
});
