import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { fixtureContent } from '../support/build-site.ts';

const source = 'articles/en/alpha-treatment.md';
const translation = 'articles/de/alpha-behandlung.md';

/** The rule ids reported per file (relative to the content folder) after `edits` of the fixture. */
function check(edits: Record<string, (text: string) => string>): Record<string, string[]> {
	const dir = fixtureContent('site');
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		const before = readFileSync(path, 'utf8');
		const after = edit(before);
		expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
		writeFileSync(path, after);
	}
	const result = checkContent(dir, '2026-11-20');
	return Object.fromEntries(result.files.map((f) => [relative(dir, resolve(f.file)), f.problems.map((p) => p.ruleId)]));
}

describe('a translation whose source failed to load', () => {
	it.each([
		['a YAML error', (t: string) => t.replace('title: Alpha treatment', 'title: [Alpha treatment')],
		['a schema error', (t: string) => t.replace('reviewed: 2026-10-01', 'reviewed: someday')],
		[
			'a YAML error before a quoted key',
			(t: string) => t.replace('key: alpha', 'key: "alpha"').replace('title: Alpha treatment', 'title: {'),
		],
		['no readable key line', (t: string) => t.replace('key: alpha\n', 'key:\n  alpha\n').replace('title: Alpha treatment', 'title: [x')],
	])('gets no false translation-source-missing (%s in the source)', (_what, edit) => {
		const reported = check({ [source]: edit });
		expect(reported[source]?.length, JSON.stringify(reported)).toBeGreaterThan(0);
		expect(reported[translation] ?? []).not.toContain('translation-source-missing');
	});

	it('still reports a mistyped key when another source, with a readable other key, failed', () => {
		const reported = check({
			'articles/en/beta-treatment.md': (t) => t.replace(/^title: .*$/m, 'title: [broken'),
			[translation]: (t) => t.replace('key: alpha', 'key: alfa'),
		});
		expect(reported['articles/en/beta-treatment.md']?.length).toBeGreaterThan(0);
		expect(reported[translation]).toContain('translation-source-missing');
	});
});
