import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { fixtureContent } from '../support/build-site.ts';

interface BrokenCase {
	description: string;
	edits: {
		file: string;
		replace?: [string, string];
		replace_re?: [string, string];
		replaceBase64?: [string, string];
		write?: string;
		writeBase64?: string;
		copy?: string;
		/** Replace the file with a symbolic link to this target (relative to the link's folder). */
		symlink?: string;
		/** Delete the file. */
		remove?: true;
	}[];
	expect: {
		file: string;
		line: number;
		ruleId: string;
		severity: 'error' | 'warning';
		message?: string;
		hint?: string;
		/** The file has no other problem: the mistake is reported once, without follow-on problems. */
		alone?: boolean;
	};
}

const corpus = resolve('tests/fixtures/broken');
const cases = readdirSync(corpus)
	.filter((f) => f.endsWith('.json'))
	.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(corpus, f), 'utf8')) as BrokenCase] as const);

function applyEdits(dir: string, edits: BrokenCase['edits']): void {
	for (const edit of edits) {
		const path = join(dir, edit.file);
		mkdirSync(dirname(path), { recursive: true });
		if (edit.remove) rmSync(path);
		else if (edit.write !== undefined) writeFileSync(path, edit.write);
		else if (edit.writeBase64 !== undefined) writeFileSync(path, Buffer.from(edit.writeBase64, 'base64'));
		else if (edit.copy) copyFileSync(join(dir, edit.copy), path);
		else if (edit.symlink !== undefined) {
			rmSync(path, { force: true });
			symlinkSync(edit.symlink, path);
		} else if (edit.replaceBase64) {
			// Bytes that are not valid UTF-8 cannot be written as JSON text: the replacement is base64.
			const bytes = readFileSync(path);
			const at = bytes.indexOf(Buffer.from(edit.replaceBase64[0]));
			if (at === -1) throw new Error(`edit did not apply to ${edit.file}: ${JSON.stringify(edit)}`);
			writeFileSync(
				path,
				Buffer.concat([
					bytes.subarray(0, at),
					Buffer.from(edit.replaceBase64[1], 'base64'),
					bytes.subarray(at + Buffer.byteLength(edit.replaceBase64[0])),
				]),
			);
		} else {
			const text = readFileSync(path, 'utf8');
			const next = edit.replace
				? text.replace(edit.replace[0], edit.replace[1])
				: text.replace(new RegExp(edit.replace_re![0]), edit.replace_re![1]);
			if (next === text) throw new Error(`edit did not apply to ${edit.file}: ${JSON.stringify(edit)}`);
			writeFileSync(path, next);
		}
	}
}

describe('the broken-input corpus', () => {
	it('has at least 20 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
	});

	it('the unbroken fixture is clean', () => {
		const result = checkContent(fixtureContent('site'), '2026-11-20');
		expect(result.files).toEqual([]);
	});

	it('reports the problems of several broken files in one run: one broken file hides no other', () => {
		const together = [
			'bidi-embedding-frontmatter',
			'nesting-deep-quote',
			'page-script',
			'ui-placeholder-unknown',
			'file-name-space',
			'date-month-13-quoted',
			'url-source-userinfo',
			'url-chamber-data',
		];
		const dir = fixtureContent('site');
		for (const name of together) applyEdits(dir, cases.find(([n]) => n === name)![1].edits);
		const result = checkContent(dir, '2026-11-20');
		for (const name of together) {
			const want = cases.find(([n]) => n === name)![1].expect;
			const file = result.files.find((f) => relative(dir, resolve(f.file)) === want.file);
			expect(
				file?.problems.some((p) => p.ruleId === want.ruleId && p.line === want.line),
				`${name}: ${JSON.stringify(result.files.map((f) => [f.file, f.problems.map((p) => p.ruleId)]))}`,
			).toBe(true);
		}
	});

	it.each(cases)('%s: names the file and line and says what to do', (_name, broken) => {
		const dir = fixtureContent('site');
		applyEdits(dir, broken.edits);
		const result = checkContent(dir, '2026-11-20');
		const want = broken.expect;
		const file = result.files.find((f) => relative(dir, resolve(f.file)) === want.file);
		expect(file, `no problem reported for ${want.file}; got ${JSON.stringify(result.files, null, 1)}`).toBeDefined();
		const problem = file!.problems.find((p) => p.ruleId === want.ruleId && (!want.message || p.message.includes(want.message)));
		expect(problem, `no ${want.ruleId} problem; got ${JSON.stringify(file!.problems, null, 1)}`).toBeDefined();
		expect(problem!.line).toBe(want.line);
		expect(problem!.severity).toBe(want.severity);
		expect(problem!.hint ?? problem!.message, 'says what to do').toMatch(/\S/);
		if (want.hint) expect(problem!.hint).toContain(want.hint);
		// The fixture's leaflets are released (../site/leaflet-register.yaml): an edit of their text is also a
		// changed released text, which is the subject of the register-* cases only.
		const register = (ruleId: string) => ruleId.startsWith('register-') && !want.ruleId.startsWith('register-');
		const others = file!.problems.filter((p) => !register(p.ruleId));
		if (want.alone) expect(others.map((p) => `${p.line}: ${p.ruleId}`)).toEqual([`${want.line}: ${want.ruleId}`]);
		const errors = result.files.flatMap((f) => f.problems).filter((p) => p.severity === 'error' && !register(p.ruleId));
		if (want.severity === 'error') expect(errors.length).toBeGreaterThan(0);
		else expect(errors).toEqual([]);
	});
});
