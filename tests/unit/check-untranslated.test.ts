import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { fixtureContent } from '../support/build-site.ts';

/** The `language-untranslated` problems after `edit` of a copy of the site fixture, as `file: message`. */
function untranslated(edit: (dir: string) => void = () => {}): string[] {
	const dir = fixtureContent('site');
	edit(dir);
	return checkContent(dir, '2026-11-20').files.flatMap((f) =>
		f.problems.filter((p) => p.ruleId === 'language-untranslated').map((p) => `${relative(dir, resolve(f.file))}: ${p.message}`),
	);
}
const replace = (dir: string, file: string, pairs: [string, string][]) => {
	let text = readFileSync(join(dir, file), 'utf8');
	for (const [from, to] of pairs) {
		expect(text, `${file} has ${from}`).toContain(from);
		text = text.replace(from, to);
	}
	writeFileSync(join(dir, file), text);
};

describe('language-untranslated keeps false alarms low', () => {
	it('says nothing of the real content and of the fixture', () => {
		expect(
			checkContent(resolve('content'), '2026-11-20')
				.files.flatMap((f) => f.problems)
				.filter((p) => p.ruleId === 'language-untranslated'),
		).toEqual([]);
		expect(untranslated()).toEqual([]);
	});

	it('blames the copy, not the language it was copied from (the one listed first)', () => {
		const found = untranslated((dir) => writeFileSync(join(dir, 'ui/de.yaml'), readFileSync(join(dir, 'ui/en.yaml'))));
		expect(found).toEqual([expect.stringMatching(/^ui\/de\.yaml: /)]);
	});

	it('accepts a few clinic-profile texts that a language writes as another does', () => {
		const found = untranslated((dir) =>
			replace(dir, 'clinic.yaml', [
				['de: Dermatologie, ästhetische Medizin', 'de: Dermatology, aesthetic medicine'],
				['de: Schmerztherapie, Infusionstherapie', 'de: Pain medicine, infusion therapy'],
				['de: Behandlung von Depressionen', 'de: Treatment of depression'],
			]),
		);
		expect(found).toEqual([]);
	});

	it('does not call a language articleless whose only article failed to load (that file is reported)', () => {
		expect(untranslated((dir) => replace(dir, 'articles/de/alpha-behandlung.md', [['title: Alpha-Behandlung', 'title: [Alpha']]))).toEqual(
			[],
		);
	});

	it('does not ask the source language for articles of its own', () => {
		const found = untranslated((dir) => {
			rmSync(join(dir, 'articles/de/alpha-behandlung.md'));
			replace(dir, 'clinic.yaml', [['sourceLanguage: en', 'sourceLanguage: de']]);
		});
		expect(found.filter((m) => m.includes('"de" has no article'))).toEqual([]);
	});
});
