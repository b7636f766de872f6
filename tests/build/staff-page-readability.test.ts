import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../support/build-site.ts';

// The staff page shows each article's readability scores with their thresholds, and says in words (not
// only by colour) which one is not met; the fixture site gets an easy and a hard article in en and de.
const ui = (lang: string) =>
	(parse(readFileSync(`content/ui/${lang}.yaml`, 'utf8')) as { readability: Record<string, string> }).readability;

/** The table row of an article, by its title. */
const row = (html: string, title: string) => {
	const at = html.indexOf(`>${title}</a>`);
	if (at === -1) throw new Error(`no row for ${title}`);
	return html.slice(html.lastIndexOf('<tr', at), html.indexOf('</tr>', at));
};

describe('the staff page', () => {
	it('shows the scores per article with the thresholds and marks those past them', async () => {
		const dir = fixtureContent('site');
		for (const lang of ['en', 'de'])
			cpSync(resolve('tests/fixtures/readability/articles', lang), join(dir, 'articles', lang), { recursive: true });
		const out = await buildSite({ contentDir: dir });
		const en = readFileSync(join(out, 'en/leaflets/index.html'), 'utf8');
		expect(row(en, 'Readability fixture hard en')).toContain('Flesch–Kincaid grade 21.1 (≤ 8.0)');
		expect(row(en, 'Readability fixture hard en')).toContain(`<span class="badge">${ui('en').past}</span>`);
		expect(row(en, 'Readability fixture easy en')).toContain('Flesch–Kincaid grade 0.1 (≤ 8.0)');
		expect(row(en, 'Readability fixture easy en')).not.toContain(ui('en').past);
		expect(row(en, 'Alpha treatment')).toContain(ui('en').short);
		const de = readFileSync(join(out, 'de/leaflets/index.html'), 'utf8');
		expect(row(de, 'Readability fixture hard de')).toContain('Flesch (Amstad) -35,0 (≥ 50,0)');
		expect(row(de, 'Readability fixture hard de')).toContain('Wiener Sachtextformel 20,9 (≤ 9,0)');
		expect(row(de, 'Readability fixture hard de').split(ui('de').past).length - 1).toBe(2);
		expect(row(de, 'Readability fixture easy de')).not.toContain(ui('de').past);
	}, 180_000);
});
