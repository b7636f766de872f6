import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { concurrencySchema, listSchema, parseCli, parseEnv, shardSchema, UsageError } from '../../src/cli/parse-cli.ts';

// The scripts' own flags, run as processes, are tested in tests/build/cli-flags.test.ts.
describe('parseEnv', () => {
	it('accepts the usual values and refuses malformed ones', () => {
		expect(parseEnv(['SITE_BASE', 'OUT_DIR'], { SITE_BASE: '/praxis/', OUT_DIR: 'dist' })).toEqual({
			SITE_BASE: '/praxis/',
			OUT_DIR: 'dist',
		});
		expect(parseEnv(['SITE_BASE'], { SITE_BASE: '/' })).toEqual({ SITE_BASE: '/' });
		expect(parseEnv(['SITE_BASE'], { SITE_BASE: '/a/b-c_d.e/' })).toEqual({ SITE_BASE: '/a/b-c_d.e/' });
		expect(parseEnv(['SITE_BASE'], {})).toEqual({});
		for (const base of ['', 'x/', '/x', '/./', '/a//b/', '/ä/', '/a?b/', '/%2e%2e/'])
			expect(() => parseEnv(['SITE_BASE'], { SITE_BASE: base }), base).toThrow(UsageError);
		expect(() => parseEnv(['OUT_DIR'], { OUT_DIR: 'a\0b' })).toThrow(/OUT_DIR=.* must be a path without NUL bytes/);
	});
});

describe('parseCli', () => {
	const spec = {
		options: { concurrency: { type: 'string' }, shard: { type: 'string' }, force: { type: 'boolean' } },
		schema: z.object({ concurrency: concurrencySchema.optional(), shard: shardSchema.optional(), force: z.boolean().optional() }),
		usage: 'npm run leaflets -- [--concurrency N] [--shard i/n] [--force]',
	} as const;

	it('converts good values', () => {
		expect(parseCli(['--concurrency', '4', '--shard', '2/3', '--force'], spec)).toEqual({
			concurrency: 4,
			shard: { index: 2, count: 3 },
			force: true,
		});
		expect(parseCli([], spec)).toEqual({});
	});

	it.each([
		[['--concurrency', 'abc'], /--concurrency takes a whole number from 1 to 32 \(got "abc"\)/],
		[['--concurrency', '0'], /--concurrency takes a whole number/],
		[['--concurrency', '33'], /--concurrency takes a whole number/],
		[['--concurrency', '1.5'], /--concurrency takes a whole number/],
		[['--shard', '0/3'], /--shard takes "i\/n"/],
		[['--shard', '3/2'], /--shard takes "i\/n"/],
		[['--shard', 'a/b'], /--shard takes "i\/n"/],
		[['--concurency', '2'], /Unknown option '--concurency'[\s\S]*Known flags: --concurrency, --shard, --force[\s\S]*Usage:/],
		[['stray'], /Unexpected argument 'stray'/],
		[['--shard', '1/1', '--shard', '2/2'], /--shard is given more than once/],
		[['--concurrency=2', '--concurrency', '2'], /--concurrency is given more than once/],
		[['--force', '--force'], /--force is given more than once/],
	])('%j: a UsageError naming the flag and what it takes', (argv, message) => {
		expect(() => parseCli(argv, spec)).toThrow(UsageError);
		expect(() => parseCli(argv, spec)).toThrow(message);
	});
});

describe('list flags', () => {
	const spec = {
		options: { lang: { type: 'string', multiple: true } },
		schema: z.object({ lang: listSchema(z.string()).optional() }),
		usage: 'npm run leaflets -- [--lang de,en]',
	} as const;

	it('accepts repeated and comma-separated values', () => {
		expect(parseCli(['--lang', 'de,en', '--lang', ' tr '], spec)).toEqual({ lang: ['de', 'en', 'tr'] });
	});

	it.each([
		[['--lang', ',']],
		[['--lang=']],
		[['--lang', '']],
		[['--lang', 'de,,en']],
		[['--lang', 'de,']],
		[['--lang', 'de', '--lang', ' ']],
	])('%j: an empty value is an error, not "no filter"', (argv) => {
		expect(() => parseCli(argv, spec)).toThrow(UsageError);
		expect(() => parseCli(argv, spec)).toThrow(/--lang takes no empty value/);
	});
});
