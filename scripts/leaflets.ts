// npm run leaflets [-- --lang de --article mesotherapy --kind consent --shard 1/3 --force]: renders
// leaflets into the built site in dist/ (run `npm run build` once first). Filters may be repeated or
// comma-separated. Leaflets whose inputs did not change since their PDF was made are not rendered again.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/content-dir.ts';
import { buildLeaflets, summary } from '../src/leaflets/build-leaflets.ts';
import { parseShard } from '../src/leaflets/leaflet-jobs.ts';

const { values } = parseArgs({
	options: {
		lang: { type: 'string', multiple: true },
		article: { type: 'string', multiple: true },
		kind: { type: 'string', multiple: true },
		concurrency: { type: 'string' },
		shard: { type: 'string' },
		force: { type: 'boolean', default: false },
	},
});
const list = (v: string[] | undefined) => v?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
const root = resolve(process.env.OUT_DIR ?? 'dist');

if (!existsSync(resolve(root, 'index.html'))) {
	console.error(`There is no built site in ${root}. Run \`npm run build\` first; it builds the site and all leaflets.`);
	process.exit(1);
}
try {
	if (values.shard) parseShard(values.shard);
	const result = await buildLeaflets({
		root,
		base: process.env.SITE_BASE ?? '/',
		contentDir: contentDir(),
		filter: { lang: list(values.lang), article: list(values.article), kind: list(values.kind) },
		shard: values.shard ? parseShard(values.shard) : undefined,
		force: values.force,
		concurrency: values.concurrency ? Number(values.concurrency) : undefined,
	});
	console.log(summary(result));
	process.exitCode = result.failures.length > 0 ? 1 : 0;
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
