// npm run leaflets:merge -- SHARD_DIR... [--out dist]: joins the outputs of `npm run leaflets -- --shard i/n`
// (one built site per CI job) into one dist/: the site of the first shard, every shard's PDFs, and one
// manifest. Fails unless every leaflet is there exactly once and every PDF matches the site it is merged into.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { mergeShards } from '../src/leaflets/merge-shards.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'dist' } } });
if (positionals.length === 0) {
	console.error('Name the shard folders: npm run leaflets:merge -- shards/1 shards/2 shards/3 [--out dist]');
	process.exit(2);
}
try {
	const result = await mergeShards(positionals.map((p) => resolve(p)), resolve(values.out));
	console.log(`Merged ${result.leaflets} leaflets from ${positionals.length} shards into ${values.out}.`);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
