import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as loadJsYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlLibrary } from 'yaml';
import { z } from 'zod';
import { generateContent } from '../../src/bench/generate-content.ts';
import { splitFrontmatter } from '../../src/content/split-frontmatter.ts';
import { parseYaml } from '../../src/content/parse-yaml.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const schema = z.strictObject({
	title: z.string(),
	facts: z.strictObject({ downtime: z.string(), costs: z.strictObject({ from: z.number() }) }),
	risks: z.array(z.strictObject({ name: z.string(), frequency: z.enum(['common', 'rare']) })),
});

describe('parseYaml', () => {
	it('returns the validated data when everything is right', () => {
		const result = parseYaml('title: A\nfacts:\n  downtime: none\n  costs:\n    from: 10\nrisks: []\n', schema);
		expect(result.problems).toEqual([]);
		expect(result.data?.facts.costs.from).toBe(10);
	});

	it('puts a nested schema error at the line of the field, shifted by the frontmatter offset', () => {
		const yaml = 'title: A\nfacts:\n  downtime: none\n  costs:\n    from: ten\nrisks: []\n';
		const [problem] = parseYaml(yaml, schema, 1).problems;
		expect(problem).toMatchObject({ line: 6, column: 5, ruleId: 'schema' });
		expect(problem!.message).toContain('facts.costs.from');
	});

	it('puts a missing field at the block that lacks it', () => {
		const yaml = 'title: A\nfacts:\n  costs:\n    from: 1\nrisks: []\n';
		const [problem] = parseYaml(yaml, schema).problems;
		expect(problem).toMatchObject({ line: 2, message: '`facts.downtime` is missing.' });
	});

	it('suggests the closest allowed value and the closest known field', () => {
		const yaml = 'title: A\nfacts:\n  downtime: none\n  costs:\n    from: 1\nrisks:\n  - name: x\n    frequency: comon\n    detial: y\n';
		const problems = parseYaml(yaml, schema).problems;
		const frequency = problems.find((p) => p.message.includes('frequency'))!;
		expect(frequency.line).toBe(8);
		expect(frequency.hint).toContain('Did you mean "common"?');
		const unknown = problems.find((p) => p.message.includes('unknown field'))!;
		expect(unknown.line).toBe(9);
	});

	it('reports YAML syntax errors at the real line, without validating', () => {
		const problems = parseYaml('title: A\nfacts:\n  downtime: none\n   costs: [\n', schema, 1).problems;
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.ruleId === 'yaml-syntax')).toBe(true);
		expect(problems[0]!.line).toBeGreaterThanOrEqual(4);
	});

	it('tells authors to quote a version that YAML read as a number', () => {
		const problems = parseYaml('version: 1.0\n', articleSchema).problems;
		const version = problems.find((p) => p.message.includes('`version`'))!;
		expect(version.hint).toContain('quotes');
	});
});

// parseYaml reads valid YAML with js-yaml (fast) and everything else with `yaml` (positions for errors):
// the two must agree on what valid YAML means.
describe('the two YAML readers', () => {
	const bothRead = (text: string) => {
		const attempt = (read: () => unknown) => {
			try {
				return JSON.stringify(read());
			} catch {
				return 'error';
			}
		};
		return { yaml: attempt(() => parseYamlLibrary(text, { uniqueKeys: true })), jsYaml: attempt(() => loadJsYaml(text)) };
	};

	it('agree on every YAML file of the content and the bench', () => {
		const files = [
			...readdirSync('content', { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.(ya?ml|md)$/.test(f))
				.map((f) => join('content', f)),
		];
		const generated = mkdtempSync(join(tmpdir(), 'yaml-readers-'));
		try {
			generateContent({ from: 'content', to: generated, articles: 3, languages: 4 });
			files.push(
				...readdirSync(generated, { recursive: true, encoding: 'utf8' })
					.filter((f) => /\.(ya?ml|md)$/.test(f))
					.map((f) => join(generated, f)),
			);
			let compared = 0;
			for (const file of files) {
				const text = readFileSync(file, 'utf8');
				const yaml = file.endsWith('.md') ? splitFrontmatter(text)?.yaml : text;
				if (yaml === undefined) continue;
				const read = bothRead(yaml);
				// A file of comments only (a new content/leaflet-register.yaml) holds no data to agree on: js-yaml
				// refuses an empty document, so parseYaml reads it on its slow path, as null.
				if (read.yaml === 'null' && read.jsYaml === 'error') continue;
				expect(read.jsYaml, file).toBe(read.yaml);
				expect(read.yaml, file).not.toBe('error');
				compared++;
			}
			expect(compared).toBeGreaterThan(20);
		} finally {
			rmSync(generated, { recursive: true, force: true });
		}
	});

	it('agree on the scalars where YAML 1.1 and 1.2 differ, and both reject duplicate keys', () => {
		const cases = [
			'a: 1_000',
			'a: 0o17',
			'a: 017',
			'a: 0x1F',
			'a: 0b101',
			'a: yes',
			'a: on',
			'a: 2026-01-01',
			'a: 1.0',
			'a: .inf',
			'a: .NaN',
			'a: ~',
			'a:',
			'a: True',
			'a: 12:30',
			'a: 1e3',
			'a: +1',
			"a: 'it''s'",
			'a: x # comment',
			'a: "\\u00e9"',
			'a: &x 1\nb: *x',
			'a: |\n  line\n   more\n',
			'a: >-\n  folded\n  text\n\n  paragraph\n',
			'a: 1\na: 2',
		];
		for (const text of cases) {
			const read = bothRead(text);
			expect(read.jsYaml, text).toBe(read.yaml);
		}
		expect(bothRead('a: 1\na: 2').yaml).toBe('error');
	});

	it('an invalid file still gets its problem at the right line (the fast reader does not hide it)', () => {
		const [problem] = parseYaml('title: A\nfacts:\n  downtime: none\n  costs:\n    from: 1\n    from: 2\nrisks: []\n', schema).problems;
		expect(problem).toMatchObject({ line: 6, ruleId: 'yaml-syntax' });
	});
});

describe('parseYaml against hostile YAML', () => {
	const laughs = (levels: number, width: number) =>
		`x0: &a0 [${Array(width).fill('lol').join(', ')}]\n` +
		Array.from({ length: levels }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(width).fill(`*a${i}`).join(', ')}]\n`).join('') +
		`title: *a${levels}\n`;
	const lenient = z.object({ title: z.unknown() }).passthrough();
	it.each([
		['a billion laughs (10^9 nodes once expanded)', laughs(8, 10), 'yaml-alias', 1],
		[
			'a wider bomb in flow style',
			`{a: &a [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x], b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a], c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b], d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c], e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d], f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e, *e], title: *f}`,
			'yaml-alias',
			1,
		],
		['10,000 nested flow lists', `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'nesting-too-deep', 1],
		['3,000 nested maps', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n') + ' x', 'nesting-too-deep', 130],
	])('rejects %s quickly, with the line, even with a schema that would accept it', (_name, source, ruleId, line) => {
		const started = performance.now();
		const { data, problems } = parseYaml(source, lenient);
		expect(performance.now() - started).toBeLessThan(500);
		expect(data).toBeUndefined();
		expect(problems[0]).toMatchObject({ ruleId, line });
	});
});
