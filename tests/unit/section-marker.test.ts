import { describe, expect, it } from 'vitest';
import { readSectionMarker } from '../../src/content/section-marker.ts';

// The regex the marker was read with before: quadratic in the spaces before the end of a heading.
const oldPattern = /\s*\{#([^}\s]*)\}\s*$/;
const viaRegex = (text: string) => {
	const match = oldPattern.exec(text);
	return match ? { key: match[1] ?? '', before: text.slice(0, match.index) } : undefined;
};

describe('readSectionMarker', () => {
	it.each([
		'What it is {#overview}',
		'What it is {#overview}   ',
		'What it is{#overview}',
		'{#overview}',
		'Empty key {#}',
		'No marker',
		'Braces {#a{#b}',
		'Two {#a} {#b}',
		'Space inside {#a b}',
		'Not closed {#overview',
		'Closed twice {#a}}',
		'Tab\t{#risks}\t',
		'Plain }',
		'',
	])('reads %j as the old regex did', (text) => {
		expect(readSectionMarker(text)).toEqual(viaRegex(text));
	});

	it.each([
		['200,000 spaces before the end', 'Risks' + ' '.repeat(200_000) + 'x'],
		['100,000 spaces after an open brace', '{#' + ' '.repeat(100_000) + '}'],
	])('is linear: %s in well under a second (the regex took 29 s for 200,000 spaces)', (_name, text) => {
		const started = performance.now();
		readSectionMarker(text);
		expect(performance.now() - started).toBeLessThan(1_000);
	});
});
