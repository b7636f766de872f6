import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixtureContent } from '../support/build-site.ts';

// Every reading of a content file and every position map (`yaml`'s document model) the check builds.
const reads: string[] = [];
const maps: string[] = [];
vi.mock(import('../../src/content/read-content-file.ts'), async (importOriginal) => {
	const actual = await importOriginal();
	return { ...actual, readContentFile: (path: string) => (reads.push(resolve(path)), actual.readContentFile(path)) };
});
vi.mock(import('yaml'), async (importOriginal) => {
	const actual = await importOriginal();
	return {
		...actual,
		parseDocument: ((source: string, ...rest: unknown[]) => (
			maps.push(source),
			(actual.parseDocument as (...a: unknown[]) => unknown)(source, ...rest)
		)) as typeof actual.parseDocument,
	};
});
const { checkContent } = await import('../../src/content/check-content.ts');

function edit(dir: string, file: string, pairs: [string, string][]): void {
	const path = join(dir, file);
	let text = readFileSync(path, 'utf8');
	for (const [from, to] of pairs) {
		if (!text.includes(from)) throw new Error(`${file}: no ${from}`);
		text = text.replace(from, to);
	}
	writeFileSync(path, text);
}

describe('the check places problems from what it read once', () => {
	it('reads each article once and builds at most one position map for it, however many problems its frontmatter has', () => {
		const dir = fixtureContent('site');
		const file = 'articles/de/alpha-behandlung.md';
		edit(dir, file, [
			['reviewedBy: lena-hartmann', 'reviewedBy: nobody'],
			['reviewed: 2026-10-01', 'reviewed: 2027-01-01'],
			['sourceHash: "53703f0b77cd"', 'sourceHash: "aaaaaaaaaaaa"'],
		]);
		reads.length = 0;
		maps.length = 0;
		const result = checkContent(dir, '2026-11-20');
		const problems = result.files.find((f) => relative(dir, resolve(f.file)) === file)?.problems ?? [];
		expect(problems.map((p) => [p.ruleId, p.line])).toEqual([
			['unknown-physician', 8],
			['future-date', 9],
			['translation-stale', 10],
		]);
		expect(reads.filter((p) => p === join(dir, file))).toHaveLength(1);
		// No other file is read twice either.
		expect(reads.filter((p, i) => reads.indexOf(p) !== i)).toEqual([]);
		expect(maps.filter((source) => source.includes('reviewedBy: nobody'))).toHaveLength(1);
	});

	it('reads a UI strings file once and builds one position map for it, with several placeholder problems', () => {
		const dir = fixtureContent('site');
		edit(dir, 'ui/de.yaml', [
			['readMore: Mehr über {title}', 'readMore: Mehr über {titel}'],
			['page: Seite {page} von {pages}', 'page: Seite {page} von {pages} ({total})'],
		]);
		reads.length = 0;
		maps.length = 0;
		const result = checkContent(dir, '2026-11-20');
		const problems = result.files.find((f) => relative(dir, resolve(f.file)) === 'ui/de.yaml')?.problems ?? [];
		expect(problems.filter((p) => p.ruleId === 'ui-placeholder')).toHaveLength(2);
		expect(reads.filter((p) => p === join(dir, 'ui/de.yaml'))).toHaveLength(1);
		expect(maps.filter((source) => source.includes('Mehr über {titel}'))).toHaveLength(1);
	});
});
