import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../src/bench/generate-content.ts';
import { checkContent } from '../../src/content/check-content.ts';

describe("the benchmark's synthetic content", () => {
	it('passes the check without errors, acknowledgements of the advertising check kept at their fields', () => {
		const to = mkdtempSync(join(tmpdir(), 'clinic-bench-content-'));
		try {
			// Six languages: the four real ones and two synthetic ones without an advertising rule table.
			generateContent({ from: resolve('content'), to, articles: 3, languages: 6 });
			const result = checkContent(to, '2026-12-02');
			const errors = result.files.flatMap((f) =>
				f.problems.filter((p) => p.severity === 'error').map((p) => `${f.file}:${p.line} ${p.ruleId}`),
			);
			expect(errors).toEqual([]);
			const problems = result.files.flatMap((f) => f.problems);
			// The real articles' acknowledged findings stay acknowledged (a warning naming the reason).
			expect(problems.filter((p) => p.ruleId === 'advertising-promise' && p.severity === 'warning').length).toBeGreaterThan(0);
			expect(problems.filter((p) => p.ruleId === 'advertising-rules-missing').length).toBe(2);
		} finally {
			rmSync(to, { recursive: true, force: true });
		}
	});
});
