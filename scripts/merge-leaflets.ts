// npm run leaflets:merge -- SHARD_DIR... [--out dist]: joins the outputs of `npm run leaflets -- --shard i/n`
// (one built site per CI job) into one dist/: the site of the first shard, every shard's PDFs, and one
// manifest. Fails unless every leaflet is there exactly once and every PDF matches the site it is merged into.
import { resolve } from 'node:path';
import { z } from 'zod';
import { exitWith, handleInterrupts } from '../src/build/interrupt.ts';
import { UnsafeOutputError } from '../src/build/output-guard.ts';
import { exitOnUsageError, parseCli, parseEnv, pathSchema, USAGE_EXIT_CODE, UsageError } from '../src/cli/parse-cli.ts';
import { mergeShards } from '../src/leaflets/merge-shards.ts';

let flags;
try {
	parseEnv(['CONTENT_DIR']);
	flags = parseCli(process.argv.slice(2), {
		usage: 'npm run leaflets:merge -- shards/1 shards/2 shards/3 [--out dist]',
		allowPositionals: true,
		options: { out: { type: 'string', default: 'dist' } },
		schema: z.object({
			out: pathSchema,
			positionals: z.array(pathSchema).min(1, { error: 'Name the shard folders.' }),
		}),
	});
} catch (error) {
	exitOnUsageError(error);
}
handleInterrupts();
try {
	const result = await mergeShards(
		flags!.positionals.map((p) => resolve(p)),
		resolve(flags!.out),
	);
	console.log(`Merged ${result.leaflets} leaflets from ${flags!.positionals.length} shards into ${flags!.out}.`);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	await exitWith(error instanceof UsageError || error instanceof UnsafeOutputError ? USAGE_EXIT_CODE : 1);
}
