import { createHash } from 'node:crypto';
import { cp, lstat, mkdir, realpath, writeFile } from 'node:fs/promises';
import { MAX_PDF_BYTES, readRegularFile } from '../build/read-regular-file.ts';
import { dirname, join } from 'node:path';
import { assertSafeOutput, realPath, UnsafeOutputError } from '../build/output-guard.ts';
import { publishDir } from '../build/publish-dir.ts';
import { inside } from '../build/path-inside.ts';
import { readManifest, writeManifest } from './leaflet-manifest.ts';
import type { LeafletManifest } from '../schemas/leaflet-manifest.ts';
import { renderHash } from './render-hash.ts';

/**
 * Joins shard outputs into `out`: the first shard's site (all shards built the same site), every shard's
 * PDFs, one manifest in leaflet order. Checks that no leaflet is missing or doubled, that every PDF has
 * its recorded sha256, and that the files each PDF was made from are the same in the merged site.
 * The merge is made in a temporary folder that replaces `out` only when all of it succeeded (the same
 * publishDir() as `npm run build`, with its guard: `out` must be new, empty or an earlier output).
 */
export async function mergeShards(shards: string[], out: string): Promise<{ leaflets: number }> {
	// A dangerous --out is refused before the shards are even read (publishDir checks it again at the end).
	assertOutApartFromShards(shards, out);
	assertSafeOutput(out, { label: '--out', mode: 'replace' });
	// Every manifest is read and checked by its schema (no path in it leaves its shard) before anything is written.
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
	let total = 0;
	await publishDir(
		out,
		async (tmp) => {
			// A link in a shard would publish whatever it points to (outside the shard): refused, not copied.
			await cp(shards[0]!, tmp, {
				recursive: true,
				filter: async (from) => {
					if ((await lstat(from)).isSymbolicLink()) throw new Error(`${from} is a symbolic link; a shard may only contain its own files.`);
					return true;
				},
			});
			const merged: LeafletManifest = { leaflets: [] };
			const seen = new Map<string, string>();
			// Fonts and stylesheets are shared by many leaflets: each is hashed once.
			const fileHashes = new Map<string, string>();
			for (const [i, manifest] of manifests.entries()) {
				const shard = shards[i]!;
				for (const entry of manifest.leaflets) {
					if (seen.has(entry.id)) throw new Error(`${entry.id} is in two shards (${seen.get(entry.id)} and ${shard}).`);
					seen.set(entry.id, shard);
					const pdf = await readRegularFile(await fileInside(shard, entry.pdf), MAX_PDF_BYTES);
					if (createHash('sha256').update(pdf).digest('hex') !== entry.sha256)
						throw new Error(`${shard}${entry.pdf} does not match its manifest entry.`);
					if ((await renderHash(tmp, entry.inputs, entry.renderer, fileHashes)) !== entry.renderHash)
						throw new Error(
							`${entry.id} (${shard}) was made from files that differ from the merged site's; rebuild all shards from the same commit.`,
						);
					await mkdir(dirname(join(tmp, entry.pdf)), { recursive: true });
					await writeFile(join(tmp, entry.pdf), pdf);
					merged.leaflets.push(entry);
				}
			}
			const missing = expected.filter((id) => !seen.has(id));
			if (missing.length > 0)
				throw new Error(`Missing from every shard: ${missing.join(', ')}. Did every shard run (--shard i/n for each i)?`);
			merged.leaflets.sort((a, b) => expected.indexOf(a.id) - expected.indexOf(b.id));
			await writeManifest(tmp, merged);
			total = merged.leaflets.length;
		},
		{ label: '--out' },
	);
	return { leaflets: total };
}

/**
 * The file `sitePath` names in `dir`. The manifest's schema already refused `..`; this also refuses a
 * symbolic link in the shard that points elsewhere, so a shard can only hand over its own files.
 */
async function fileInside(dir: string, sitePath: string): Promise<string> {
	const file = join(dir, sitePath);
	const [real, realDir] = await Promise.all([realpath(file).catch(() => file), realpath(dir)]);
	if (!inside(real, realDir))
		throw new Error(`${dir}${sitePath} leads outside the shard (to ${real}); a shard may only contain its own files.`);
	return file;
}

/**
 * The merge replaces --out as a whole and copies from the shards: an --out that is or holds a shard
 * would delete that shard, and one inside a shard would be copied into itself. Both are refused up
 * front, compared by real path (a symbolic link to a shard is that shard).
 */
export function assertOutApartFromShards(shards: string[], out: string): void {
	const realOut = realPath(out);
	for (const shard of shards) {
		const realShard = realPath(shard);
		const why = inside(realShard, realOut)
			? realShard === realOut
				? 'it is the shard'
				: 'it holds the shard'
			: inside(realOut, realShard)
				? 'it is inside the shard'
				: undefined;
		if (why)
			throw new UnsafeOutputError(
				`Refusing --out=${out}: ${why} ${shard}, and the merge replaces --out as a whole. Nothing was changed. Choose an --out apart from every shard folder, e.g. --out dist.`,
			);
	}
}
