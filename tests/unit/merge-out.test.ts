import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsafeOutputError } from '../../src/build/output-guard.ts';
import { mergeShards } from '../../src/leaflets/merge-shards.ts';

// The merge replaces --out as a whole: an --out that is, holds or lies inside a shard is refused before anything is touched.
describe('leaflets:merge --out apart from the shards', () => {
	const setup = () => {
		const root = mkdtempSync(join(tmpdir(), 'clinic-merge-out-'));
		const shards = ['out/shards/s1', 'out/shards/s2'].map((p) => join(root, p));
		for (const dir of shards) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, '.clinic-publisher-build'), 'marker\n');
			writeFileSync(join(dir, 'index.html'), '<p>shard</p>');
		}
		return { root, shards };
	};

	it.each([
		['holds both shards', (root: string) => join(root, 'out'), /it holds the shard/],
		['is the second shard', (root: string) => join(root, 'out/shards/s2'), /it is the shard/],
		['is inside the first shard', (root: string) => join(root, 'out/shards/s1/merged'), /it is inside the shard/],
		['is a new folder deep inside the second shard', (root: string) => join(root, 'out/shards/s2/a/b'), /it is inside the shard/],
	])('an --out that %s is refused with a clear message', async (_, outOf, message) => {
		const { root, shards } = setup();
		const out = outOf(root);
		const error = await mergeShards(shards, out).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UnsafeOutputError);
		expect((error as Error).message).toMatch(message);
		for (const dir of shards) expect(readdirSync(dir).sort()).toEqual(['.clinic-publisher-build', 'index.html']);
	});

	it('a symbolic link to a shard is that shard', async () => {
		const { root, shards } = setup();
		symlinkSync(shards[0]!, join(root, 'link'));
		await expect(mergeShards(shards, join(root, 'link'))).rejects.toThrow(/it is the shard/);
		await expect(mergeShards(shards, join(root, 'link', 'inner'))).rejects.toThrow(/it is inside the shard/);
		expect(readdirSync(shards[0]!).sort()).toEqual(['.clinic-publisher-build', 'index.html']);
	});

	it('an --out beside the shards passes this check (and fails later only for the missing manifests)', async () => {
		const { root, shards } = setup();
		await expect(mergeShards(shards, join(root, 'merged'))).rejects.toThrow(/has no shard manifest/);
	});
});
