import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAdvertising } from '../../src/content/advertising/check-advertising.ts';
import { parseArticle } from '../../src/content/parse-article.ts';

// Texts that made the advertising check quadratic: each character of a text looked for its place in the
// source to the end of its node, and each opening quote for its closing one to the end of the text.
// Bounded generously (3 s) so a slow CI does not flake; before the fix each took well over 10 s.
const fixture = readFileSync('tests/fixtures/site/articles/en/delta-treatment.md', 'utf8');
const lines = (unit: string, count: number) => Array.from({ length: count }, () => unit.repeat(Math.floor(8_000 / unit.length))).join('\n');

const cases: [string, string, string][] = [
	['opening quotes that never close', 'Delta is a fixture.', `Delta is painless. ${lines('„', 12)}`],
	['character references the source spells otherwise', 'Delta is a fixture.', `Delta is painless. ${lines('&#65;', 12)}`],
	['escapes in a double-quoted frontmatter text', 'answer: A little. }', `answer: "Painless. ${'\\u0041'.repeat(15_000)}" }`],
];

describe('the advertising check stays linear on hostile text', () => {
	it.each(cases)(
		'%s',
		(_name, from, to) => {
			expect(fixture).toContain(from);
			const text = fixture.replace(from, to);
			const data = parseArticle(text, 'en/delta-treatment.md').data!;
			expect(data).toBeDefined();
			const started = performance.now();
			const problems = checkAdvertising({ lang: 'en', data, text });
			const ms = performance.now() - started;
			expect(problems.map((p) => p.ruleId)).toContain('advertising-promise');
			expect(ms).toBeLessThan(3_000);
		},
		120_000,
	);
});

describe('many findings in one paragraph', () => {
	it('are each reported, in time', () => {
		const text = fixture.replace('Delta is a fixture.', lines('painless ', 8));
		const data = parseArticle(text, 'en/delta-treatment.md').data!;
		const started = performance.now();
		const problems = checkAdvertising({ lang: 'en', data, text });
		const ms = performance.now() - started;
		expect(problems.filter((p) => p.ruleId === 'advertising-promise').length).toBe(8 * Math.floor(8_000 / 'painless '.length));
		expect(ms).toBeLessThan(3_000);
	}, 120_000);
});
