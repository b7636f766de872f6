import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../support/build-site.ts';

// `npm run check` with the readability rule: the scores beside the translation matrix, in the JSON
// report, and `--strict` failing on an article past its threshold.
const check = (content: string, ...flags: string[]) =>
	spawnSync(process.execPath, [resolve('scripts/check.ts'), ...flags], {
		env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 60_000,
	});

interface Report {
	ok: boolean;
	warnings: number;
	files: { file: string; problems: { line: number; ruleId: string }[] }[];
	readability: {
		key: string;
		lang: string;
		tooShort: boolean;
		scores: { measure: string; past: boolean }[];
		hardest: { line?: number; column?: number; field?: (string | number)[] }[];
	}[];
}

describe('npm run check and readability', () => {
	it('says the fixture articles are too short to score, and stays clean under --strict', () => {
		const dir = fixtureContent('site');
		const strict = check(dir, '--strict');
		expect(strict.status, strict.stdout).toBe(0);
		expect(strict.stdout).toMatch(/^Readability\s+en\s+de$/m);
		expect(strict.stdout).toMatch(/^alpha\s+short\s+short$/m);
		expect(strict.stdout).toContain('short: fewer than 100 words, not scored.');
	});

	it('prints, reports in JSON and fails --strict on an article past its threshold', () => {
		const dir = fixtureContent('site');
		// Every fixture article scored, and English held to a grade none of them reaches.
		appendFileSync(join(dir, 'clinic.yaml'), 'readability:\n  minWords: 1\n  en: { fleschKincaidMax: 0 }\n');
		const text = check(dir);
		expect(text.status, text.stdout).toBe(0);
		expect(text.stdout).toMatch(/^alpha\s+FK -?\d+\.\d!\s+FA \d+\.\d WS -?\d+\.\d$/m);
		expect(text.stdout).toContain('(readability-hard)');
		expect(check(dir, '--strict').status).toBe(1);
		const json = check(dir, '--format', 'json');
		const report = JSON.parse(json.stdout) as Report;
		expect(report.ok).toBe(true);
		const alpha = report.readability.find((r) => r.key === 'alpha' && r.lang === 'en')!;
		expect(alpha).toMatchObject({ tooShort: false, scores: [{ measure: 'fleschKincaid', past: true }] });
		const warned = report.files
			.filter((f) => f.problems.some((p) => p.ruleId === 'readability-hard'))
			.map((f) => f.file.replace(/.*\/articles\//, ''));
		expect(warned.sort()).toEqual(['en/alpha-treatment.md', 'en/beta-treatment.md', 'en/delta-treatment.md']);
		expect(report.warnings).toBe(3);
		// The hardest sentences carry their lines in the JSON too, those of the frontmatter with their field.
		const hardest = report.readability.flatMap((r) => r.hardest);
		expect(hardest.length).toBeGreaterThan(0);
		expect(hardest.filter((h) => typeof h.line !== 'number' || typeof h.column !== 'number')).toEqual([]);
		expect(hardest.some((h) => Array.isArray(h.field) && (h.line ?? 0) > 1)).toBe(true);
	});
});
