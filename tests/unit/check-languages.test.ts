import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLanguages, perLanguageRecords } from '../../src/content/check-languages.ts';
import { fieldLocator, parseYaml } from '../../src/content/parse-yaml.ts';
import { clinicSchema } from '../../src/schemas/clinic.ts';

const text = readFileSync('tests/fixtures/site/clinic.yaml', 'utf8');
const clinic = parseYaml(text, clinicSchema).data!;
const run = (yaml: string, privacyLanguages: string[]) =>
	checkLanguages({
		clinic: parseYaml(yaml, clinicSchema).data!,
		clinicFile: 'clinic.yaml',
		locate: fieldLocator(yaml),
		privacyLanguages,
		privacyFile: (lang) => `content/pages/${lang}/privacy.mdx`,
	}).flatMap((f) => f.problems.map((p) => `${p.line} ${p.ruleId}: ${p.message}`));

describe('checkLanguages', () => {
	it('finds every per-language record of the clinic profile by its schema, with the physician it belongs to', () => {
		expect(perLanguageRecords(clinicSchema, clinic).map((r) => [r.path.join('.'), r.owner])).toEqual([
			['physicians.0.title', 'lena-hartmann'],
			['physicians.0.specialty', 'lena-hartmann'],
			['physicians.1.title', 'jonas-weber'],
			['physicians.1.specialty', 'jonas-weber'],
			['physicians.2.title', 'mira-celik'],
			['physicians.2.specialty', 'mira-celik'],
			['legal.professionalTitle', undefined],
			['legal.grantedIn', undefined],
		]);
	});

	it('passes a complete profile', () => {
		expect(run(text, ['en', 'de'])).toEqual([]);
	});

	it('reports a new language at every record that lacks it and its privacy page, each at its line', () => {
		const problems = run(text.replace('languages: [en, de]', 'languages: [en, de, uk]'), ['en', 'de']);
		expect(problems).toEqual([
			'23 language-text-missing: `physicians[0].title` (lena-hartmann) has no text in "uk".',
			'26 language-text-missing: `physicians[0].specialty` (lena-hartmann) has no text in "uk".',
			'31 language-text-missing: `physicians[1].title` (jonas-weber) has no text in "uk".',
			'34 language-text-missing: `physicians[1].specialty` (jonas-weber) has no text in "uk".',
			'39 language-text-missing: `physicians[2].title` (mira-celik) has no text in "uk".',
			'42 language-text-missing: `physicians[2].specialty` (mira-celik) has no text in "uk".',
			'49 language-text-missing: `legal.professionalTitle` has no text in "uk".',
			'52 language-text-missing: `legal.grantedIn` has no text in "uk".',
			'45 privacy-page-missing: The language "uk" has no privacy page.',
		]);
	});

	it('says which language a mistyped key means', () => {
		const yaml = text
			.replace('languages: [en, de]', 'languages: [en, de, uk]')
			.replace('    de: Bundesrepublik Deutschland\n', '    de: Bundesrepublik Deutschland\n    ukr: Федеративна Республіка Німеччина\n');
		const result = checkLanguages({
			clinic: parseYaml(yaml, clinicSchema).data!,
			clinicFile: 'clinic.yaml',
			locate: fieldLocator(yaml),
			privacyLanguages: ['en', 'de', 'uk'],
			privacyFile: () => '',
		});
		const unknown = result[0]!.problems.filter((p) => p.ruleId === 'language-text-unknown');
		expect(unknown.map((p) => [p.line, p.hint])).toEqual([
			[54, 'Did you mean "uk"? Use a language of `languages` (en, de, uk), or add "ukr" there.'],
		]);
		// One mistake, one problem: `legal.grantedIn` is not reported again as lacking "uk".
		expect(result[0]!.problems.filter((p) => p.message.includes('grantedIn')).map((p) => p.ruleId)).toEqual(['language-text-unknown']);
	});
});
