import { describe, expect, it } from 'vitest';
import { formatProblems, formatReport } from '../../src/content/format-report.ts';
import { createProblem, createUnplacedProblem } from '../../src/problems/problem.ts';

// One run's problems: two content files and a leaflet that failed (its id stands in for the file).
const run = [
	{
		file: 'content/articles/de/a.md',
		problems: [
			createProblem('section-empty', { line: 12, column: 1 }, { key: 'risks' }),
			createProblem('review-age', { line: 8, column: 11 }, { reviewed: '2024-01-01' }),
		],
	},
	{
		file: 'content/ui/tr.yaml',
		problems: [
			createProblem('ui-placeholder', { line: 23, column: 3 }, { key: 'readMore', unknown: [], missing: ['title'], allowed: ['title'] }),
		],
	},
	{
		file: 'alpha-consent-de',
		problems: [
			createUnplacedProblem(
				'leaflet-lost-text',
				{ missing: ['risk: Redness', 'signature label'] },
				{ source: 'clinic-publisher:leaflets' },
			),
		],
	},
];

describe('the one formatter of problems', () => {
	it('prints every problem of a run, grouped by file, with place, rule and hint (npm run check)', () => {
		const text = formatReport(run, { color: false });
		for (const { file, problems } of run) {
			expect(text).toContain(file);
			for (const p of problems) {
				expect(text).toContain(p.message);
				expect(text).toContain(`(${p.ruleId})`);
				expect(text).toContain(`→ ${p.hint}`);
			}
		}
		expect(text).toMatch(/^ {2}12:1 {5}error {4}The section \{#risks\} is empty\./m);
		expect(text).toMatch(/^ {2}8:11 {5}warning {2}The last medical review/m);
	});

	it('prints every problem of a run as file:line:column lines (the build, ContentError, leaflet failures)', () => {
		const lines = formatProblems(run)
			.split('\n')
			.filter((l) => !l.startsWith('    → '));
		expect(lines).toEqual([
			'content/articles/de/a.md:12:1: error: The section {#risks} is empty.',
			'content/articles/de/a.md:8:11: warning: The last medical review (2024-01-01) is more than 12 months old.',
			'content/ui/tr.yaml:23:3: error: `readMore` lacks {title}.',
			"alpha-consent-de: error: The PDF lacks text its content holds (hidden or cut off by the print view's CSS or layout?): risk: Redness; signature label.",
		]);
		expect(
			formatProblems(run)
				.split('\n')
				.filter((l) => l.startsWith('    → ')),
		).toHaveLength(4);
	});
});
