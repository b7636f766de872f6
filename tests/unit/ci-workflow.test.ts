import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { validateWorkflow } from '../support/validate-workflow.ts';

const path = '.github/workflows/sharded-build.yml';
const text = readFileSync(path, 'utf8');

// Only the parts these tests read; the validator checks the whole file against GitHub's schema.
const step = z.object({ uses: z.string().optional(), run: z.string().optional(), with: z.record(z.string(), z.unknown()).optional() });
const job = z.object({
	needs: z.union([z.string(), z.array(z.string())]).optional(),
	container: z.unknown().optional(),
	strategy: z.unknown().optional(),
	steps: z.array(step),
});
const workflow = z.object({ jobs: z.record(z.string(), job) });
const { jobs } = workflow.parse(parse(text));
const steps = Object.values(jobs).flatMap((j) => j.steps);
const runs = (name: string) => jobs[name]!.steps.flatMap((s) => (s.run ? [s.run] : []));
const scripts = Object.keys(
	z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync('package.json', 'utf8'))).scripts,
);

describe('the sharded-build workflow', () => {
	it('is a valid GitHub Actions workflow', async () => {
		expect(await validateWorkflow(path, text)).toEqual([]);
	});

	it('renders shard i of n in a matrix, n being the number of matrix jobs', () => {
		const shards = z.object({ matrix: z.object({ shard: z.array(z.number()) }) }).parse(jobs.leaflets!.strategy).matrix.shard;
		expect(shards).toEqual(shards.map((_, i) => i + 1));
		expect(shards.length).toBeGreaterThan(1);
		expect(runs('leaflets')).toContain('npm run leaflets -- --shard ${{ matrix.shard }}/${{ strategy.job-total }}');
	});

	it('builds the site once, renders after it, merges after all shards and uploads the merged dist/', () => {
		expect(runs('site')).toEqual(expect.arrayContaining(['npm run check', 'npm run build:site']));
		expect(jobs.leaflets!.needs).toBe('site');
		expect(jobs.merge!.needs).toBe('leaflets');
		expect(runs('merge')).toContain('npm run leaflets:merge -- shards/shard-* --out dist');
		expect(jobs.merge!.steps.at(-1)).toMatchObject({
			uses: expect.stringMatching(/^actions\/upload-artifact@/),
			with: { name: 'dist', path: 'dist/' },
		});
	});

	it("installs Debian's Chromium headless shell and poppler-utils where leaflets are printed", () => {
		expect(jobs.leaflets!.container).toMatch(/^debian:/);
		expect(runs('leaflets').join('\n')).toMatch(/apt-get install[^\n]*(\\\n[^\n]*)*chromium-headless-shell[^\n]*poppler-utils/);
	});

	it('keeps the build marker in every uploaded dist/, or the next job refuses the folder', () => {
		const uploads = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
		expect(uploads.length).toBe(3);
		for (const upload of uploads) expect(upload.with).toMatchObject({ 'include-hidden-files': true });
	});

	it('pins every action to a major version and runs only npm scripts that exist', () => {
		for (const { uses } of steps) if (uses) expect(uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
		const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
		expect(named.length).toBeGreaterThan(0);
		for (const script of named) expect(scripts).toContain(script);
	});
});

describe('the workflow validator', () => {
	it.each([
		['misspelt-key.yml', 5, "Unexpected value 'step'"],
		['run-and-uses.yml', 7, "Unexpected value 'run'"],
		['unclosed-expression.yml', 9, 'The expression is not closed'],
		['unknown-context.yml', 6, "Unrecognized named-value: 'matrx'"],
		['unknown-needs.yml', 8, "depends on unknown job 'rendr'"],
		['no-jobs.yml', 1, 'Required property is missing: jobs'],
	])('reports %s at line %i: %s', async (name, line, message) => {
		const problems = await validateWorkflow(name, readFileSync(`tests/fixtures/workflows/${name}`, 'utf8'));
		expect(problems).toEqual([expect.objectContaining({ line, message: expect.stringContaining(message) })]);
	});
});
