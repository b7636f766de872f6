import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/content/check-content.ts';
import { formatReadability } from '../../src/content/format-readability.ts';

// The real content tree plus an easy and a hard article in each language (tests/fixtures/readability/).
const made: string[] = [];
function tree(clinicYaml = ''): string {
	const dir = mkdtempSync(join(tmpdir(), 'clinic-readability-'));
	made.push(dir);
	cpSync(resolve('content'), dir, { recursive: true });
	cpSync(resolve('tests/fixtures/readability'), dir, { recursive: true });
	// The profile's own `readability` block gives way to the test's.
	const clinic = join(dir, 'clinic.yaml');
	if (clinicYaml) writeFileSync(clinic, `${readFileSync(clinic, 'utf8').replace(/^readability:\n(?:[ #].*\n)*/m, '')}${clinicYaml}`);
	return dir;
}
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const today = '2026-12-02';
const scoresOf = (result: CheckResult, name: string) => {
	const r = result.readability.find((x) => x.file.endsWith(`/articles/${name.slice(-2)}/${name}.md`));
	if (!r) throw new Error(`no readability for ${name}`);
	return Object.fromEntries(r.scores.map((s) => [s.measure, s.value]));
};
const warningsOf = (result: CheckResult) =>
	result.files.flatMap((f) =>
		f.problems
			.filter((p) => p.ruleId === 'readability-hard')
			.map((p) => ({ file: f.file.replace(/.*\/articles\//, ''), line: p.line, severity: p.severity, message: p.message })),
	);

describe('readability in every language', () => {
	const result = checkContent(tree(), today);

	it('leaves the shipped content without errors and without readability warnings', () => {
		expect(result.files.flatMap((f) => f.problems.filter((p) => p.severity === 'error'))).toEqual([]);
		expect(warningsOf(result).filter((w) => !/(easy|hard)-/.test(w.file))).toEqual([]);
		// Every shipped article of every language is scored (long enough), the fixtures too.
		expect(result.readability.filter((r) => r.tooShort)).toEqual([]);
		expect(result.readability.length).toBe(12 + 8);
	});

	it('scores the easy articles easy, within their thresholds', () => {
		expect(scoresOf(result, 'easy-de')).toEqual({ fleschAmstad: expect.closeTo(92.1, 0), wienerSachtext: expect.closeTo(0.3, 0) });
		expect(scoresOf(result, 'easy-en')).toEqual({ fleschKincaid: expect.closeTo(0.1, 0) });
		expect(scoresOf(result, 'easy-tr')).toEqual({ atesman: expect.closeTo(100.2, 0) });
		expect(scoresOf(result, 'easy-ar')).toEqual({ sentenceWords: expect.closeTo(3.9, 0), wordLetters: expect.closeTo(4.1, 0) });
		expect(warningsOf(result).filter((w) => w.file.includes('easy-'))).toEqual([]);
	});

	it('scores the hard articles past their thresholds', () => {
		expect(scoresOf(result, 'hard-de')).toEqual({ fleschAmstad: expect.closeTo(-35.0, 0), wienerSachtext: expect.closeTo(20.9, 0) });
		expect(scoresOf(result, 'hard-en')).toEqual({ fleschKincaid: expect.closeTo(21.1, 0) });
		expect(scoresOf(result, 'hard-tr')).toEqual({ atesman: expect.closeTo(27.8, 0) });
		// Arabic words are not longer in the hard text than the limit: only its sentences are too long.
		expect(scoresOf(result, 'hard-ar')).toEqual({ sentenceWords: expect.closeTo(26.7, 0), wordLetters: expect.closeTo(5.0, 0) });
	});

	it('warns once per hard article, at its first section, naming scores, thresholds and the hardest sentences with their lines', () => {
		const warnings = warningsOf(result);
		expect(warnings.map(({ file, line, severity }) => ({ file, line, severity }))).toEqual([
			{ file: 'ar/hard-ar.md', line: 59, severity: 'warning' },
			{ file: 'de/hard-de.md', line: 59, severity: 'warning' },
			{ file: 'en/hard-en.md', line: 59, severity: 'warning' },
			{ file: 'tr/hard-tr.md', line: 59, severity: 'warning' },
		]);
		const hardest = (file: string) =>
			[...warnings.find((w) => w.file === file)!.message.matchAll(/line (\d+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`);
		// The long sentences written into the fixtures: in the body overview's second, conduct's first, risks'
		// second; in the frontmatter the third risk, name and detail read as one sentence (line 23, its value
		// at column 11), and the FAQ answer (line 55, column 13). In German the five-word sentence of nothing
		// but long words at line 73 ranks before the others.
		expect(hardest('ar/hard-ar.md')).toEqual(['69:1', '77:1', '23:11']);
		expect(hardest('de/hard-de.md')).toEqual(['77:110', '23:11', '73:1']);
		expect(hardest('en/hard-en.md')).toEqual(['23:11', '77:107', '69:1']);
		expect(hardest('tr/hard-tr.md')).toEqual(['61:125', '55:13', '69:1']);
		// A frontmatter sentence names its field too.
		expect(warnings.find((w) => w.file === 'en/hard-en.md')!.message).toContain(
			'line 23:11 (risks[2].name) "Granulomatous foreign-body reactions: the therapeutic',
		);
		expect(warnings.find((w) => w.file === 'tr/hard-tr.md')!.message).toContain('line 55:13 (faq[0].answer) "Ağrı duyarlılığındaki');
		const de = warnings.find((w) => w.file === 'de/hard-de.md')!.message;
		expect(de).toContain('Flesch (Amstad) -35.0 (at least 50)');
		expect(de).toContain('Wiener Sachtextformel 20.9 (at most 9)');
		expect(warnings.find((w) => w.file === 'ar/hard-ar.md')!.message).toContain('words per sentence 26.7 (at most 20)');
		expect(warnings.find((w) => w.file === 'ar/hard-ar.md')!.message).not.toContain('letters per word');
	});

	it('prints the scores per article and language, marking a score past its threshold in text', () => {
		const table = formatReadability(result.readability, ['de', 'en', 'ar', 'tr'], { color: false });
		const line = (key: string) => table.split('\n').find((l) => l.startsWith(`${key} `))!;
		expect(line('hard-de')).toMatch(/^hard-de\s+FA -35\.0! WS 20\.9!\s+–\s+–\s+–\s*$/);
		expect(line('easy-tr')).toMatch(/^easy-tr\s+–\s+–\s+–\s+AT 100\.2\s*$/);
		expect(line('mesotherapy')).not.toContain('!');
		expect(table.split('\n').every((l) => l.length <= 100)).toBe(true);
	});
});

describe('readability thresholds of the clinic profile', () => {
	it('apply per language and measure; the others keep their defaults', () => {
		const result = checkContent(tree('readability:\n  de: { fleschAmstadMin: 95 }\n  tr: { atesmanMin: 10 }\n'), today);
		const warned = warningsOf(result).map((w) => w.file);
		// easy-de (92.1) is now too hard by Amstad; hard-tr (27.8) passes 10; the shipped German articles fail 95 too.
		expect(warned).toEqual(expect.arrayContaining(['de/easy-de.md', 'de/hard-de.md', 'en/hard-en.md', 'ar/hard-ar.md']));
		expect(warned).not.toContain('tr/hard-tr.md');
		const easyDe = warningsOf(result).find((w) => w.file === 'de/easy-de.md')!.message;
		expect(easyDe).toContain('Flesch (Amstad) 92.1 (at least 95)');
		expect(easyDe).not.toContain('Wiener');
	});

	it('leave an article shorter than minWords unscored, however hard, and say so', () => {
		// With their frontmatter, hard-ar has 613 words, the other fixtures fewer than 500, every shipped article over 1000.
		const result = checkContent(tree('readability:\n  minWords: 650\n'), today);
		expect(warningsOf(result)).toEqual([]);
		const short = result.readability.filter((r) => r.tooShort).map((r) => r.file.replace(/.*\/articles\//, ''));
		expect(short.sort()).toEqual([
			'ar/easy-ar.md',
			'ar/hard-ar.md',
			'de/easy-de.md',
			'de/hard-de.md',
			'en/easy-en.md',
			'en/hard-en.md',
			'tr/easy-tr.md',
			'tr/hard-tr.md',
		]);
		expect(result.readability.find((r) => r.tooShort)!.scores).toEqual([]);
		const table = formatReadability(result.readability, ['de', 'en', 'ar', 'tr'], { color: false });
		expect(table).toMatch(/^hard-ar\s+–\s+–\s+short/m);
		expect(table).toContain('short: fewer than 650 words, not scored.');
	});
});
