import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
