import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { z } from 'zod';

/**
 * Command-line values are input like any other: flags and environment variables go through a zod schema,
 * and a bad one stops the script before it builds anything, naming the flag and what it accepts.
 */
export class UsageError extends Error {}

/** Exit code of a script given a bad flag or environment variable (1 is a failed build or check). */
export const USAGE_EXIT_CODE = 2;

export const MAX_CONCURRENCY = 32;

export const concurrencySchema = z
	.string()
	.regex(/^\d+$/, { error: `takes a whole number from 1 to ${MAX_CONCURRENCY}` })
	.transform(Number)
	.pipe(
		z
			.number()
			.int()
			.min(1, { error: `takes a whole number from 1 to ${MAX_CONCURRENCY}` })
			.max(MAX_CONCURRENCY, { error: `takes a whole number from 1 to ${MAX_CONCURRENCY}` }),
	);

/** `--shard i/n`: part i (1-based) of n. */
export const shardSchema = z.string().transform((value, ctx) => {
	const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value.trim());
	const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
	if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
		ctx.addIssue({ code: 'custom', message: 'takes "i/n" with 1 ≤ i ≤ n, e.g. --shard 2/3' });
		return z.NEVER;
	}
	return shard;
});

/**
 * A repeatable, comma-separated list flag (`--lang de,en --lang tr`), each value checked by `item`.
 * An empty value (`--lang ,`, `--lang=`, `--kind de,,en`) is refused: dropping it would turn a filter the
 * user meant into "no filter", i.e. everything.
 */
export const listSchema = (item: z.ZodType<string, string>) =>
	z
		.array(z.string())
		.transform((values) => values.flatMap((v) => v.split(',')).map((v) => v.trim()))
		.pipe(z.array(z.string().min(1, { error: 'takes no empty value (e.g. "--lang de,en"; leave the flag out for all)' }).pipe(item)));

export const oneOf = (values: readonly string[]) => z.string().refine((v) => values.includes(v), { error: `takes ${values.join(', ')}` });

/** A path from the command line or environment: not empty, no NUL byte. */
export const pathSchema = z
	.string()
	.min(1, { error: 'must name a folder' })
	.refine((v) => !v.includes('\0'), { error: 'must be a path without NUL bytes' });

/** The site's sub-path: `/` or segments of URL-safe characters between slashes, e.g. `/praxis/`. */
export const siteBaseSchema = z.string().regex(/^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/, {
	error:
		'takes a path that starts and ends with "/", of letters, digits, "-", "_", "." and "~" (no "..", no "//"), e.g. SITE_BASE=/praxis/',
});

/** The environment the scripts read, each variable optional. */
export const envSchema = z.object({
	OUT_DIR: pathSchema.optional(),
	CONTENT_DIR: pathSchema.optional(),
	SITE_BASE: siteBaseSchema.optional(),
});
export type CliEnv = z.infer<typeof envSchema>;

/** The environment variables `names`, checked (the others are left out). */
export function parseEnv(names: (keyof CliEnv)[], env: NodeJS.ProcessEnv = process.env): CliEnv {
	const picked: Record<string, string | undefined> = Object.fromEntries(names.map((name) => [name, env[name]]));
	const result = envSchema.safeParse(picked);
	if (!result.success)
		throw new UsageError(
			result.error.issues
				.map((issue) => `${String(issue.path[0])}=${JSON.stringify(picked[String(issue.path[0])])} is not valid: it ${issue.message}.`)
				.join('\n'),
		);
	return result.data;
}

export interface CliSpec<S extends z.ZodType> {
	/** Flag definitions for `node:util` parseArgs (all flags are strict: an unknown one is an error). */
	options: ParseArgsOptionsConfig;
	/** Checks and converts the parsed flags (and `positionals`, when allowed). */
	schema: S;
	allowPositionals?: boolean;
	/** One line on how to call the script, added to every error. */
	usage: string;
}

/** Parses `argv` by `spec`; a bad flag throws a UsageError naming it and what it takes. */
export function parseCli<S extends z.ZodType>(argv: string[], spec: CliSpec<S>): z.infer<S> {
	let parsed: { values: Record<string, unknown>; positionals: string[] };
	try {
		const all = parseArgs({
			args: argv,
			options: spec.options,
			allowPositionals: spec.allowPositionals ?? false,
			strict: true,
			tokens: true,
		});
		parsed = all;
		// parseArgs keeps the last of a repeated single-value flag; which one the user meant is not ours to guess.
		const seen = new Set<string>();
		for (const token of all.tokens) {
			if (token.kind !== 'option' || spec.options[token.name]?.multiple) continue;
			if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once.\nUsage: ${spec.usage}`);
			seen.add(token.name);
		}
	} catch (error) {
		if (error instanceof UsageError) throw error;
		const known = Object.keys(spec.options)
			.map((name) => `--${name}`)
			.join(', ');
		throw new UsageError(`${(error as Error).message}\nKnown flags: ${known}.\nUsage: ${spec.usage}`);
	}
	const input = spec.allowPositionals ? { ...parsed.values, positionals: parsed.positionals } : parsed.values;
	const result = spec.schema.safeParse(input);
	if (!result.success) {
		const lines = result.error.issues.map((issue) => {
			const name = String(issue.path[0]);
			const given = (parsed.values as Record<string, unknown>)[name];
			const shown = Array.isArray(given) ? given.join(',') : given;
			return name === 'positionals' ? issue.message : `--${name} ${issue.message} (got ${JSON.stringify(shown)}).`;
		});
		throw new UsageError(`${lines.join('\n')}\nUsage: ${spec.usage}`);
	}
	return result.data;
}

/** Prints a usage error and exits 2; anything else is rethrown. */
export function exitOnUsageError(error: unknown): void {
	if (!(error instanceof UsageError)) throw error;
	console.error(error.message);
	process.exit(USAGE_EXIT_CODE);
}
