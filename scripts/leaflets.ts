// npm run leaflets [-- --lang de --article mesotherapy --kind consent --shard 1/3 --force]: renders
// leaflets into the built site in dist/ (run `npm run build` once first). Filters may be repeated or
// comma-separated. Leaflets whose inputs did not change since their PDF was made are not rendered again.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { exitWith, handleInterrupts } from '../src/build/interrupt.ts';
import { assertSafeOutput, UnsafeOutputError } from '../src/build/output-guard.ts';
import {
	concurrencySchema,
	exitOnUsageError,
	listSchema,
	oneOf,
	parseCli,
	parseEnv,
	shardSchema,
	USAGE_EXIT_CODE,
	UsageError,
} from '../src/cli/parse-cli.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { buildLeaflets, summary } from '../src/leaflets/build-leaflets.ts';
import { leafletKinds } from '../src/routes/routes.ts';

let flags;
let env;
try {
	env = parseEnv(['OUT_DIR', 'SITE_BASE', 'CONTENT_DIR']);
	flags = parseCli(process.argv.slice(2), {
		usage:
			'npm run leaflets -- [--lang de,en] [--article KEY|SLUG] [--kind consent,aftercare,consent-bilingual] [--concurrency N] [--shard i/n] [--force]',
		options: {
			lang: { type: 'string', multiple: true },
			article: { type: 'string', multiple: true },
			kind: { type: 'string', multiple: true },
			concurrency: { type: 'string' },
			shard: { type: 'string' },
			force: { type: 'boolean', default: false },
		},
		schema: z.object({
			// Which languages and articles exist is the content's business: filterJobs() checks them against it.
			lang: listSchema(z.string()).optional(),
			article: listSchema(z.string()).optional(),
			kind: listSchema(oneOf(leafletKinds)).optional(),
			concurrency: concurrencySchema.optional(),
			shard: shardSchema.optional(),
			force: z.boolean(),
		}),
	});
} catch (error) {
	exitOnUsageError(error);
}
handleInterrupts();
const root = resolve(env!.OUT_DIR ?? 'dist');

try {
	assertSafeOutput(root, { label: 'OUT_DIR', mode: 'update' });
	if (!existsSync(resolve(root, 'index.html'))) {
		console.error(`There is no built site in ${root}. Run \`npm run build\` first; it builds the site and all leaflets.`);
		await exitWith(1);
	}
	const result = await buildLeaflets({
		root,
		base: env!.SITE_BASE ?? '/',
		contentDir: contentDir(),
		filter: { lang: flags!.lang, article: flags!.article, kind: flags!.kind },
		shard: flags!.shard,
		force: flags!.force,
		concurrency: flags!.concurrency,
	});
	console.log(summary(result));
	process.exitCode = result.failures.length > 0 ? 1 : 0;
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	await exitWith(error instanceof UsageError || error instanceof UnsafeOutputError ? USAGE_EXIT_CODE : 1);
}
