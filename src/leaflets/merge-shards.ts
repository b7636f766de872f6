import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readManifest, writeManifest, type LeafletManifest } from './leaflet-manifest.ts';
import { renderHash } from './render-hash.ts';

/**
 * Joins shard outputs into `out`: the first shard's site (all shards built the same site), every shard's
 * PDFs, one manifest in leaflet order. Checks that no leaflet is missing or doubled, that every PDF has
 * its recorded sha256, and that the files each PDF was made from are the same in the merged site.
 */
export async function mergeShards(shards: string[], out: string): Promise<{ leaflets: number }> {
	const manifests = await Promise.all(shards.map((dir) => readManifest(dir)));
	const parts = manifests.map((m, i) => {
		if (!m.shard) throw new Error(`${shards[i]} has no shard manifest; render it with npm run leaflets -- --shard i/n.`);
		return m.shard;
	});
	const count = parts[0]!.count;
	const indices = parts.map((p) => p.index).sort((a, b) => a - b);
	if (parts.some((p) => p.count !== count) || indices.join() !== Array.from({ length: count }, (_, i) => i + 1).join()) {
		throw new Error(`Expected shards 1 to ${count} once each; got ${parts.map((p) => `${p.index}/${p.count}`).join(', ')}.`);
	}
	const expected = parts[0]!.ids;
	if (out !== shards[0]) await cp(shards[0]!, out, { recursive: true });
	const merged: LeafletManifest = { leaflets: [] };
	const seen = new Map<string, string>();
	// Fonts and stylesheets are shared by many leaflets: each is hashed once.
	const fileHashes = new Map<string, string>();
	for (const [i, manifest] of manifests.entries()) {
		for (const entry of manifest.leaflets) {
			if (seen.has(entry.id)) throw new Error(`${entry.id} is in two shards (${seen.get(entry.id)} and ${shards[i]}).`);
			seen.set(entry.id, shards[i]!);
			const pdf = await readFile(join(shards[i]!, entry.pdf));
			if (createHash('sha256').update(pdf).digest('hex') !== entry.sha256) throw new Error(`${shards[i]}${entry.pdf} does not match its manifest entry.`);
			if ((await renderHash(out, entry.inputs, entry.renderer, fileHashes)) !== entry.renderHash) throw new Error(`${entry.id} (${shards[i]}) was made from files that differ from the merged site's; rebuild all shards from the same commit.`);
			await mkdir(dirname(join(out, entry.pdf)), { recursive: true });
			await writeFile(join(out, entry.pdf), pdf);
			merged.leaflets.push(entry);
		}
	}
	const missing = expected.filter((id) => !seen.has(id));
	if (missing.length > 0) throw new Error(`Missing from every shard: ${missing.join(', ')}. Did every shard run (--shard i/n for each i)?`);
	merged.leaflets.sort((a, b) => expected.indexOf(a.id) - expected.indexOf(b.id));
	await writeManifest(out, merged);
	return { leaflets: merged.leaflets.length };
}
