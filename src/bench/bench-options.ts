import { z } from 'zod';
import { listSchema, parseCli, pathSchema } from '../cli/parse-cli.ts';

/** The stages `--skip` can leave out; the site stage always runs (every other stage needs its output). */
export const benchStages = ['leaflets', 'baseline', 'rebuilds', 'bare'] as const;
export type BenchStage = (typeof benchStages)[number];

const count = z
	.string()
	.regex(/^\d+$/, { error: 'takes a positive whole number' })
	.transform(Number)
	.pipe(z.number().int().min(1, { error: 'takes a positive whole number' }));

const stage = z.enum(benchStages, {
	error: (issue) => `takes a comma-separated list of: ${benchStages.join(', ')} (not "${String(issue.input)}")`,
});

export const benchOptionsSchema = z.object({
	articles: count,
	languages: count,
	runs: count,
	json: pathSchema,
	keep: z.boolean(),
	force: z.boolean(),
	skip: listSchema(z.string())
		.pipe(z.array(stage))
		// The baseline prints the print views the leaflet stage listed in its manifest: it goes with it.
		.transform((stages) => new Set<BenchStage>(stages.includes('leaflets') ? [...stages, 'baseline'] : stages)),
});
export type BenchOptions = z.infer<typeof benchOptionsSchema>;

const usage =
	'npm run bench -- [--articles N] [--languages N] [--runs N] [--json FILE] [--skip leaflets,baseline,rebuilds,bare] [--keep] [--force]';

/** The benchmark's flags, checked like every script's (src/cli/parse-cli.ts): a bad one is a UsageError. */
export function parseBenchOptions(argv: string[]): BenchOptions {
	return parseCli(argv, {
		usage,
		options: {
			articles: { type: 'string', default: '100' },
			languages: { type: 'string', default: '3' },
			runs: { type: 'string', default: '1' },
			json: { type: 'string', default: 'bench-results.json' },
			keep: { type: 'boolean', default: false },
			// Lets --json replace a file that is not an earlier result.
			force: { type: 'boolean', default: false },
			skip: { type: 'string', multiple: true, default: [] },
		},
		schema: benchOptionsSchema,
	});
}
