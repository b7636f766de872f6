import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { fixtureContent } from '../support/build-site.ts';

// Inputs of the hostile test that took `npm run check` 16 to 29 s (quadratic parsing, or the section
// marker's regex). Bounded generously (3 s) so a slow CI does not flake; before the limits they took
// five times that at least.
const cases: [string, string, string, number][] = [
	['40,000 strikethrough marks on one line (27 s)', '## Risks {#risks}\nFew.', '## Risks {#risks}\nFew. ' + '~~a'.repeat(40_000), 48],
	['40,000 link brackets on one line (16 s)', '## Risks {#risks}\nFew.', '## Risks {#risks}\nFew. ' + '[a]'.repeat(40_000), 48],
	['200,000 spaces in a section heading (29 s)', '## Risks {#risks}', '## Risks' + ' '.repeat(200_000) + 'x {#risks}', 47],
];

describe('pathological markdown is refused quickly, at its line', () => {
	it.each(cases)(
		'%s',
		(_name, from, to, line) => {
			const dir = fixtureContent('site');
			const article = join(dir, 'articles/en/alpha-treatment.md');
			const text = readFileSync(article, 'utf8');
			expect(text).toContain(from);
			writeFileSync(article, text.replace(from, to));
			const started = performance.now();
			const result = checkContent(dir, '2026-11-20');
			const ms = performance.now() - started;
			const file = result.files.find((f) => relative(dir, resolve(f.file)) === 'articles/en/alpha-treatment.md');
			const problem = file?.problems.find((p) => p.ruleId === 'nesting-too-deep');
			expect(problem, JSON.stringify(file?.problems.slice(0, 3))).toBeDefined();
			expect(problem!.line).toBe(line);
			expect(problem!.severity).toBe('error');
			expect(problem!.hint).toMatch(/\S/);
			expect(ms).toBeLessThan(3_000);
		},
		120_000,
	);
});
