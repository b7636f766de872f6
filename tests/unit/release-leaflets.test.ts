import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/parse-cli.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { ContentError } from '../../src/content/content-error.ts';
import { loadRegister } from '../../src/content/load-register.ts';
import { formatRegisterEntry, REGISTER_HEADER, releaseLeaflets } from '../../src/leaflets/release-leaflets.ts';
import { registerSeal } from '../../src/content/register-seal.ts';
import { fixtureContent } from '../support/build-site.ts';

const now = new Date('2026-12-02T09:30:00.123Z');
const edit = (dir: string, file: string, from: string, to: string) => {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`edit did not apply to ${file}`);
	writeFileSync(path, text.replace(from, to));
};
const registerOf = (dir: string) => join(dir, 'leaflet-register.yaml');

describe('releaseLeaflets', () => {
	it('has nothing to release when every leaflet version is in the register, and leaves the file alone', () => {
		const dir = fixtureContent('site');
		const bytes = readFileSync(registerOf(dir));
		expect(releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now }).recorded).toEqual([]);
		expect(readFileSync(registerOf(dir)).equals(bytes)).toBe(true);
	});

	it('appends the drafts of a raised version after the bytes already there, which stay unchanged', () => {
		const dir = fixtureContent('site');
		edit(dir, 'articles/en/beta-treatment.md', 'version: "2.1"\nissued: 2026-10-01', 'version: "2.2"\nissued: 2026-11-15');
		// A register whose last line lacks its line break, and with a comment of its own: both are kept.
		const before = Buffer.from(`${readFileSync(registerOf(dir), 'utf8')}# reviewed in the team meeting`);
		writeFileSync(registerOf(dir), before);
		expect(checkContent(dir, '2026-11-20').files.flatMap((f) => f.problems.map((p) => p.ruleId))).toEqual(['leaflet-draft']);
		const result = releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now });
		expect(result.recorded.map((e) => [e.id, e.version, e.issued, e.releasedBy, e.releasedAt])).toEqual([
			['beta-consent-en', '2.2', '2026-11-15', 'jonas-weber', '2026-12-02T09:30:00Z'],
			['beta-aftercare-en', '2.2', '2026-11-15', 'jonas-weber', '2026-12-02T09:30:00Z'],
		]);
		const after = readFileSync(registerOf(dir));
		expect(after.subarray(0, before.length).equals(before), 'the earlier bytes are a prefix of the new file').toBe(true);
		// The register now lists them: the check is clean, both versions of beta are in it.
		expect(checkContent(dir, '2026-11-20').files).toEqual([]);
		const entries = loadRegister(dir).entries.filter((e) => e.id === 'beta-consent-en');
		expect(entries.map((e) => e.version)).toEqual(['2.1', '2.2']);
		expect(entries[1]!.textHash).toBe(result.recorded[0]!.textHash);
	});

	it('records only the named leaflets with --id, and refuses an unknown id or physician', () => {
		const dir = fixtureContent('site');
		edit(dir, 'articles/en/beta-treatment.md', 'version: "2.1"', 'version: "2.2"');
		edit(dir, 'articles/en/beta-treatment.md', 'issued: 2026-10-01', 'issued: 2026-11-15');
		const bytes = readFileSync(registerOf(dir));
		expect(() => releaseLeaflets({ contentDir: dir, by: 'jonas-weber', ids: ['beta-consent-xx'], now })).toThrow(UsageError);
		expect(() => releaseLeaflets({ contentDir: dir, by: 'dr-nobody', now })).toThrow(/--by takes the id of a physician/);
		expect(readFileSync(registerOf(dir)).equals(bytes)).toBe(true);
		expect(releaseLeaflets({ contentDir: dir, by: 'jonas-weber', ids: ['beta-aftercare-en'], now }).recorded.map((e) => e.id)).toEqual([
			'beta-aftercare-en',
		]);
		const problems = checkContent(dir, '2026-11-20').files.flatMap((f) => f.problems);
		expect(problems.map((p) => [p.ruleId, p.message])).toEqual([['leaflet-draft', expect.stringContaining('beta-consent-en is a draft')]]);
	});

	it('refuses while the check reports an error (a released text changed), and writes nothing', () => {
		const dir = fixtureContent('site');
		edit(dir, 'articles/en/beta-treatment.md', 'version: "2.1"', 'version: "2.2"');
		edit(dir, 'articles/en/alpha-treatment.md', 'Alpha is a fixture.', 'Alpha is a changed fixture.');
		const bytes = readFileSync(registerOf(dir));
		let error: unknown;
		try {
			releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).files.flatMap((f) => f.problems.map((p) => p.ruleId))).toContain('register-text-changed');
		expect(readFileSync(registerOf(dir)).equals(bytes)).toBe(true);
	});

	it('starts a register that does not exist yet with its comment header', () => {
		const dir = fixtureContent('site');
		rmSync(registerOf(dir));
		expect(checkContent(dir, '2026-11-20').warningCount).toBe(4);
		const result = releaseLeaflets({ contentDir: dir, by: 'lena-hartmann', now });
		expect(result.recorded).toHaveLength(9);
		expect(existsSync(registerOf(dir))).toBe(true);
		expect(readFileSync(registerOf(dir), 'utf8').startsWith(REGISTER_HEADER)).toBe(true);
		expect(checkContent(dir, '2026-11-20').files).toEqual([]);
	});

	it('reads a register holding only its comment header as empty: every leaflet is a draft', () => {
		const dir = fixtureContent('site');
		writeFileSync(registerOf(dir), REGISTER_HEADER);
		const result = checkContent(dir, '2026-11-20');
		expect(result.errorCount).toBe(0);
		expect(result.files.flatMap((f) => f.problems.map((p) => p.ruleId))).toEqual([
			'leaflet-draft',
			'leaflet-draft',
			'leaflet-draft',
			'leaflet-draft',
		]);
	});

	it('keeps the entries of a leaflet that no longer exists as history, without a problem', () => {
		const dir = fixtureContent('site');
		const fields = {
			id: 'gamma-consent-en',
			version: '1.0',
			issued: '2025-01-01',
			textHash: '0123456789ab',
			releasedBy: 'mira-celik',
			releasedAt: '2025-01-02T10:00:00Z',
		};
		const entry = formatRegisterEntry({ ...fields, seal: registerSeal(loadRegister(dir).entries.at(-1)!.seal, fields) });
		writeFileSync(registerOf(dir), `${readFileSync(registerOf(dir), 'utf8')}${entry}`);
		expect(checkContent(dir, '2026-11-20').files).toEqual([]);
	});
});
