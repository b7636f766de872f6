import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { loadRegister, parseRegisterText } from '../../src/content/load-register.ts';
import { registerSeal } from '../../src/content/register-seal.ts';
import { releaseLeaflets } from '../../src/leaflets/release-leaflets.ts';
import { fixtureContent } from '../support/build-site.ts';

// Follow-up of the hostile test of issue 15: the register's form, its seals, concurrent releases and
// releases of a translation that lags its source.
const now = new Date('2026-12-02T09:30:00Z');
const registerOf = (dir: string) => join(dir, 'leaflet-register.yaml');
const edit = (dir: string, file: string, from: string, to: string) => {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`edit did not apply to ${file}`);
	writeFileSync(path, text.replace(from, to));
};
const parseYamlEntries = (text: string) => parseRegisterText(text)!;
const raiseBeta = (dir: string) =>
	edit(dir, 'articles/en/beta-treatment.md', 'version: "2.1"\nissued: 2026-10-01', 'version: "2.2"\nissued: 2026-11-15');

describe('releaseLeaflets and the register file', () => {
	it('keeps a CRLF register CRLF throughout', () => {
		const dir = fixtureContent('site');
		writeFileSync(registerOf(dir), readFileSync(registerOf(dir), 'utf8').replaceAll('\n', '\r\n'));
		raiseBeta(dir);
		expect(releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now }).recorded).toHaveLength(2);
		const text = readFileSync(registerOf(dir), 'utf8');
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
		expect(checkContent(dir, '2026-11-20').files).toEqual([]);
	});

	it('refuses, writing nothing, when the appended text would not read as the old entries plus the new ones', () => {
		for (const rewrite of [
			// The same entries as a JSON flow list (JSON is YAML), on one line.
			(t: string) => `${t.slice(0, t.indexOf('- id:'))}${JSON.stringify(parseYamlEntries(t))}\n`,
			(t: string) => `${t}# trailing\n...\n`,
			(t: string) => t.replace(/^(?=.)/gm, '    ').replace(/^ {4}#/gm, '#'),
		]) {
			const dir = fixtureContent('site');
			writeFileSync(registerOf(dir), rewrite(readFileSync(registerOf(dir), 'utf8')));
			const before = readFileSync(registerOf(dir));
			raiseBeta(dir);
			expect(loadRegister(dir).valid).toBe(true);
			expect(() => releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now })).toThrow(/not in the form npm run release continues/);
			expect(readFileSync(registerOf(dir)).equals(before)).toBe(true);
			expect(readdirSync(dir).filter((f) => f.includes('leaflet-register.yaml.') || f.endsWith('.tmp'))).toEqual([]);
		}
	});

	it('seals each new entry to the one before it', () => {
		const dir = fixtureContent('site');
		const last = loadRegister(dir).entries.at(-1)!;
		raiseBeta(dir);
		const [first, second] = releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now }).recorded;
		const { seal, ...fields } = first!;
		expect(seal).toBe(registerSeal(last.seal, fields));
		expect(second!.seal).toBe(registerSeal(seal, { ...second!, seal: undefined } as never));
		expect(loadRegister(dir).entries.slice(-2)).toEqual([first, second]);
	});
});

describe('the register lock', () => {
	it('refuses while another living process holds the lock, and leaves the register alone', () => {
		const dir = fixtureContent('site');
		raiseBeta(dir);
		const before = readFileSync(registerOf(dir));
		// This test's own process is alive: its pid in the lock is a release in progress.
		writeFileSync(`${registerOf(dir)}.lock`, `${process.pid}\n`);
		expect(() => releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now })).toThrow(
			/Another release \(process \d+\) is writing the register/,
		);
		expect(readFileSync(registerOf(dir)).equals(before)).toBe(true);
		expect(existsSync(`${registerOf(dir)}.lock`)).toBe(true);
	});

	it('takes over the lock of a process that is gone, and removes it afterwards', () => {
		const dir = fixtureContent('site');
		raiseBeta(dir);
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
		writeFileSync(`${registerOf(dir)}.lock`, `${gone.stdout}\n`);
		expect(releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now }).recorded).toHaveLength(2);
		expect(existsSync(`${registerOf(dir)}.lock`)).toBe(false);
	});

	it('lets only one of two releases record the drafts: the second sees them in the register', () => {
		const dir = fixtureContent('site');
		raiseBeta(dir);
		expect(releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now }).recorded).toHaveLength(2);
		expect(releaseLeaflets({ contentDir: dir, by: 'lena-hartmann', now }).recorded).toEqual([]);
		expect(checkContent(dir, '2026-11-20').files).toEqual([]);
	});
});

describe('releaseLeaflets of a translation published with acknowledgeStale', () => {
	it('records its leaflets and warns, naming each', () => {
		const dir = fixtureContent('site');
		edit(dir, 'articles/en/alpha-treatment.md', 'version: "2.1"\nissued: 2026-10-01', 'version: "2.2"\nissued: 2026-11-15');
		edit(dir, 'articles/en/alpha-treatment.md', 'preparation: [Eat normally.]', 'preparation: [Eat lightly.]');
		edit(dir, 'articles/de/alpha-behandlung.md', 'version: "2.1"\nissued: 2026-10-01', 'version: "2.2"\nissued: 2026-11-15');
		edit(
			dir,
			'articles/de/alpha-behandlung.md',
			'translation: { from: en,',
			'translation: { acknowledgeStale: "printed next week", from: en,',
		);
		const result = releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now });
		const de = result.recorded.filter((e) => e.id.endsWith('-de')).map((e) => e.id);
		expect(de.length).toBeGreaterThan(0);
		expect(result.warnings).toHaveLength(de.length);
		for (const id of de) expect(result.warnings.join('\n')).toContain(`${id} is the leaflet of a translation that lags its source`);
		expect(result.warnings.join('\n')).toContain('printed next week');
		expect(result.warnings.join('\n')).not.toContain('alpha-consent-en');
	});

	it('does not warn for a current translation', () => {
		const dir = fixtureContent('site');
		raiseBeta(dir);
		expect(releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now }).warnings).toEqual([]);
	});
});

describe('register-text-changed', () => {
	it('prints no new text hash to paste into the register', () => {
		const dir = fixtureContent('site');
		edit(
			dir,
			'articles/en/alpha-treatment.md',
			'- { name: Redness, frequency: very-common }',
			'- { name: Reddening, frequency: very-common }',
		);
		const problems = checkContent(dir, '2026-11-20').files.flatMap((f) => f.problems.filter((p) => p.ruleId === 'register-text-changed'));
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(`${p.message} ${p.hint}`).not.toMatch(/[0-9a-f]{12}/);
	});
});
