import { describe, expect, it } from 'vitest';
import { readLooseMarker, readSectionMarker } from '../../src/content/section-marker.ts';

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

describe('readLooseMarker', () => {
	it.each([
		['Risiken {#risks }', '{#risks }', 'risks', 'Risiken'],
		['Risiken {# risks}', '{# risks}', 'risks', 'Risiken'],
		['Risiken { #risks }  ', '{ #risks }', 'risks', 'Risiken'],
		['Risiken {risks}', '{risks}', 'risks', 'Risiken'],
		['Risiken (#risks)', '(#risks)', 'risks', 'Risiken'],
		['Risiken [#risks]', '[#risks]', 'risks', 'Risiken'],
		['{#Risiken}', '{#Risiken}', 'Risiken', ''],
	])('reads %j as the marker %j', (text, written, key, before) => {
		expect(readLooseMarker(text)).toEqual({ written, key, before });
	});

	it.each(['Kosten (Euro)', 'Kosten [2026]', 'Kosten', 'Kosten {#a b}', ''])('finds no marker in %j', (text) => {
		expect(readLooseMarker(text)).toBeUndefined();
	});

	// Shapes that count only when the caller knows the key (extract-sections.ts: `bare` ones only an exact key).
	it.each([
		['Kosten {#risks} mehr', '{#risks} mehr', 'risks', 'Kosten', 'bare'],
		['Risiken #risks', '#risks', 'risks', 'Risiken', 'bare'],
		['Risiken {#risks}}', '{#risks}}', 'risks', 'Risiken', 'braced'],
		['Risiken {{#risks}}', '{{#risks}}', 'risks', 'Risiken', 'braced'],
		['Risiken {#risks', '{#risks', 'risks', 'Risiken', 'braced'],
		['Risiken ｛#risks｝', '｛#risks｝', 'risks', 'Risiken', 'braced'],
	])('reads %j as the attempt %j', (text, written, key, before, attempt) => {
		expect(readLooseMarker(text)).toEqual({ written, key, before, attempt });
	});

	it('is quick on a long heading', () => {
		const started = performance.now();
		readLooseMarker('{a'.repeat(100_000) + ' '.repeat(100_000));
		readLooseMarker('{' + 'a'.repeat(200_000));
		expect(performance.now() - started).toBeLessThan(1_000);
	});
});
