import { describe, expect, it } from 'vitest';
import { extractSections } from '../../src/content/extract-sections.ts';

const section = (text: string) => `## Overview {#overview}\n${text}\n`;

// Each of these took the parser seconds to minutes, or overflowed the stack of a later step.
const deep: [string, string][] = [
	['10,000 nested quotes', '>'.repeat(10_000) + ' x'],
	['quotes with spaces', '> '.repeat(5_000) + 'x'],
	['5,000 nested list items on one line', '- '.repeat(5_000) + 'x'],
	['ordered and unordered lists mixed', '1. - '.repeat(2_000) + 'x'],
	['nested emphasis of two kinds', '*a _b '.repeat(5_000) + 'x' + ' b_ a*'.repeat(5_000)],
	['10,000 strong marks', '**a '.repeat(5_000) + 'x' + ' a**'.repeat(5_000)],
	['lists nested by indentation over many lines', Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')],
	[
		'45 list levels by indentation, within the indentation limit',
		Array.from({ length: 45 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
	],
	[
		'quotes nested over many lines',
		Array.from({ length: 400 }, (_, i) => `${'>'.repeat(Math.min(i, 30))} ${i % 2 ? '- ' : ''}x`).join('\n') +
			'\n' +
			'> - '.repeat(20) +
			'x',
	],
];

describe('nesting limits', () => {
	it.each(deep)(
		'rejects %s quickly, with the line',
		(_name, text) => {
			const started = performance.now();
			const { problems } = extractSections(section(text), 10);
			const ms = performance.now() - started;
			const problem = problems.find((p) => p.ruleId === 'nesting-too-deep');
			expect(problem, JSON.stringify(problems.slice(0, 3))).toBeDefined();
			expect(problem!.line).toBeGreaterThanOrEqual(12);
			expect(problem!.hint).toMatch(/flatter/);
			expect(ms).toBeLessThan(1_000);
		},
		120_000,
	);

	it('accepts the nesting real articles use', () => {
		const { problems } = extractSections(
			`${section('> Quote\n>\n> - item\n>   - sub **bold _and_ more**\n\n1. one\n   - two\n     > three')}`,
		);
		expect(problems.filter((p) => p.ruleId === 'nesting-too-deep')).toEqual([]);
	});
});
