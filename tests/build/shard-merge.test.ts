import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLeaflets } from '../../src/leaflets/build-leaflets.ts';
import type { LeafletManifest } from '../../src/schemas/leaflet-manifest.ts';
import { mergeShards } from '../../src/leaflets/merge-shards.ts';
import { buildSite, fixtureContent } from '../support/build-site.ts';

describe('sharded leaflet rendering (a CI matrix) and the merge', () => {
	it('two shards render disjoint parts that merge into the complete, verified set', async () => {
		const content = fixtureContent('site');
		const site = await buildSite({ contentDir: content });
		const shards = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'clinic-shard-')));
		for (const [i, dir] of shards.entries()) {
			cpSync(site, dir, { recursive: true });
			const result = await buildLeaflets({ root: dir, base: '/', contentDir: content, shard: { index: i + 1, count: 2 }, progress: false });
			expect(result.failures).toEqual([]);
		}
		const parts = shards.map((dir) =>
			(JSON.parse(readFileSync(join(dir, 'leaflets.json'), 'utf8')) as LeafletManifest).leaflets.map((l) => l.id),
		);
		expect(parts[0]!.filter((id) => parts[1]!.includes(id))).toEqual([]);

		const out = join(mkdtempSync(join(tmpdir(), 'clinic-merged-')), 'dist');
		expect(await mergeShards(shards, out)).toEqual({ leaflets: 9 });
		const merged = JSON.parse(readFileSync(join(out, 'leaflets.json'), 'utf8')) as LeafletManifest;
		expect(merged.leaflets.map((l) => l.id)).toEqual([
			'alpha-consent-en',
			'alpha-aftercare-en',
			'beta-consent-en',
			'beta-aftercare-en',
			'delta-consent-en',
			'delta-aftercare-en',
			'alpha-consent-de',
			'alpha-aftercare-de',
			'alpha-consent-bilingual-de',
		]);
		expect(merged.shard).toBeUndefined();

		// A missing shard, or a PDF that does not match its entry, fails the merge.
		await expect(mergeShards([shards[0]!], join(mkdtempSync(join(tmpdir(), 'clinic-merged-')), 'dist'))).rejects.toThrow(
			/Expected shards 1 to 2 once each/,
		);
		const tampered = JSON.parse(readFileSync(join(shards[1]!, 'leaflets.json'), 'utf8')) as LeafletManifest;
		writeFileSync(join(shards[1]!, tampered.leaflets[0]!.pdf), 'not the pdf');
		await expect(mergeShards(shards, join(mkdtempSync(join(tmpdir(), 'clinic-merged-')), 'dist'))).rejects.toThrow(
			/does not match its manifest entry/,
		);
	});
});
