import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { loadRegister } from '../../src/content/load-register.ts';
import { releaseLeaflets } from '../../src/leaflets/release-leaflets.ts';
import { fixtureContent } from '../support/build-site.ts';

// Hostile test of issue 15: registers the check accepts as valid YAML, but written in a form the
// release's byte append does not continue (a flow list, an indented block list, an explicit end of
// document). `npm run release` must leave a register the check can still read, or refuse and write nothing.
const now = new Date('2026-12-02T09:30:00.123Z');
const registerOf = (dir: string) => join(dir, 'leaflet-register.yaml');

describe('releaseLeaflets on a register in another valid YAML form', () => {
	const entries = (dir: string) =>
		readFileSync(registerOf(dir), 'utf8')
			.split('\n')
			.filter((l) => l.startsWith('- id: '));
	const forms: [string, (text: string) => string][] = [
		['an empty flow list', () => '[]\n'],
		['an indented block list', (text) => text.replace(/^(?=.)/gm, '  ').replace(/^ {2}#/gm, '#')],
		['an explicit end of document', (text) => `${text}...\n`],
	];
	it.each(forms)('%s', (_name, rewrite) => {
		const dir = fixtureContent('site');
		const original = readFileSync(registerOf(dir), 'utf8');
		expect(entries(dir).length).toBeGreaterThan(0);
		writeFileSync(registerOf(dir), rewrite(original));
		const count = loadRegister(dir).entries.length;
		expect(loadRegister(dir).valid).toBe(true);
		expect(checkContent(dir, '2026-11-20').errorCount).toBe(0);
		const path = join(dir, 'articles/en/beta-treatment.md');
		writeFileSync(path, readFileSync(path, 'utf8').replace('version: "2.1"\nissued: 2026-10-01', 'version: "2.2"\nissued: 2026-11-15'));
		let refused = false;
		try {
			releaseLeaflets({ contentDir: dir, by: 'jonas-weber', now });
		} catch {
			refused = true;
		}
		const after = loadRegister(dir);
		expect(after.report.problems, 'the register the release left').toEqual([]);
		expect(after.entries.length).toBe(refused ? count : count + 2);
	});
});
