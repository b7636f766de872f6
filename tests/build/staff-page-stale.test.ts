import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../support/build-site.ts';

// The staff page marks a translation as behind its source from translationStatus(), the same decision
// the check makes: a new version of the source alone is no change of what was translated.
const stale = (parse(readFileSync('content/ui/de.yaml', 'utf8')) as { leaflet: { stale: string } }).leaflet.stale;

function edited(edits: [file: string, from: string, to: string][]): string {
	const dir = fixtureContent('site');
	for (const [file, from, to] of edits) {
		const path = join(dir, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(from)) throw new Error(`${file}: no ${from}`);
		writeFileSync(path, text.replace(from, to));
	}
	return dir;
}

const staffPage = async (contentDir: string) => readFileSync(join(await buildSite({ contentDir }), 'de/leaflets/index.html'), 'utf8');

describe('the staff page of a translation language', () => {
	it('does not mark a translation whose source has only a new version and issue date', async () => {
		const dir = edited([
			['articles/en/alpha-treatment.md', 'version: "2.1"', 'version: "2.2"'],
			['articles/en/alpha-treatment.md', 'issued: 2026-10-01', 'issued: 2026-11-01'],
		]);
		expect(await staffPage(dir)).not.toContain(stale);
	});

	it('marks a translation published with acknowledgeStale after its source changed', async () => {
		const dir = edited([
			['articles/en/alpha-treatment.md', 'Alpha is a fixture.', 'Alpha is a fixture, now with more text.'],
			['articles/de/alpha-behandlung.md', 'translation: { from: en,', 'translation: { from: en, acknowledgeStale: "wording only",'],
		]);
		expect(await staffPage(dir)).toContain(stale);
	});
});
