import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { loadSettings } from '../../src/content/load-settings.ts';
import { listLeaflets } from '../../src/leaflets/leaflet-model.ts';
import { leafletHeaderFooter } from '../../src/leaflets/leaflet-header-footer.ts';
import { clinicSchema } from '../../src/schemas/clinic.ts';
import { leafletPageCss } from '../../templates/page-css.ts';

const { ui } = loadSettings('content');
const clinic = clinicSchema.parse(parse(readFileSync('content/clinic.yaml', 'utf8')));
const articles = ['de/mesotherapie', 'en/mesotherapy', 'ar/mesotherapy'].map((f) => loadArticleFile(`content/articles/${f}.md`).article!);
const leaflets = listLeaflets(articles, ['de', 'en', 'ar'], { clinic, ui });
const parts = (id: string) =>
	leafletHeaderFooter(
		leaflets.find((l) => l.id === id)!,
		{ clinic, ui },
		'https://praxis.example/',
		'/',
	);
const [LRI, RLI, PDI] = ['\u2066', '\u2067', '\u2069'];

describe('leafletHeaderFooter', () => {
	it('gives every consent form, in every language, a patient line with name and date of birth; aftercare sheets none', () => {
		for (const lang of ['de', 'en', 'ar']) {
			const { patientLine } = parts(`mesotherapy-consent-${lang}`);
			expect(patientLine, lang).toMatch(new RegExp(`^${ui[lang]!.leaflet.patientName}: _+ +${ui[lang]!.leaflet.dateOfBirth}: _+$`));
			expect(parts(`mesotherapy-aftercare-${lang}`).patientLine, lang).toBeUndefined();
		}
	});

	it('prints a bilingual form’s patient line, document line and page label in both languages, German first, each run isolated', () => {
		const ar = parts('mesotherapy-consent-bilingual-ar');
		expect(ar.patientLine).toContain(`${LRI}${ui.de!.leaflet.patientName}${PDI} / ${ui.ar!.leaflet.patientName}: _`);
		expect(ar.patientLine).toContain(`${LRI}${ui.de!.leaflet.dateOfBirth}${PDI} / ${ui.ar!.leaflet.dateOfBirth}: _`);
		const [german, arabic] = ar.documentLine.split('\n');
		expect(german).toMatch(new RegExp(`^${LRI}mesotherapy-consent-bilingual-ar · Version [\\d.]+ vom .+ · Prüfsumme [0-9a-f]{12}${PDI}$`));
		// The Arabic line isolates the Latin id and checksum inside it.
		expect(arabic).toContain(`${LRI}mesotherapy-consent-bilingual-ar${PDI}`);
		expect(arabic).toContain('الإصدار');
		expect(ar.pageLabel).toBe(`${LRI}${ui.de!.leaflet.page}${PDI}\n${ui.ar!.leaflet.page}`);
		// Left-to-right translation: nothing to isolate, and no right-to-left mark anywhere.
		const en = parts('mesotherapy-consent-bilingual-en');
		expect(en.documentLine.split('\n')).toHaveLength(2);
		expect(en.pageLabel).toBe(`${ui.de!.leaflet.page}\n${ui.en!.leaflet.page}`);
		expect(`${en.patientLine}${en.documentLine}`).not.toMatch(new RegExp(`[${LRI}${RLI}${PDI}]`));
		// Single-language forms keep one document line.
		expect(parts('mesotherapy-consent-de').documentLine).not.toContain('\n');
	});
});

describe('leafletPageCss footer', () => {
	const base = {
		kind: 'consent' as const,
		header: ['Clinic'],
		online: 'x.example',
		qrUrl: 'data:,',
		documentLine: 'a-consent-de',
		pageLabel: 'Page {page} of {pages}',
		fontFamilies: ['sans-serif'],
		dir: 'ltr' as const,
	};
	const bottom = (css: string) => Number(/margin: 27mm 14mm (\d+)mm 25mm;/.exec(css)![1]);

	it('puts the patient line above the document line, the page label beside the document line, and makes room for it', () => {
		const css = leafletPageCss({ ...base, patientLine: 'Name: ___ Born: ___' });
		expect(css).toMatch(/@bottom-left \{\s*content: "Name: ___ Born: ___\\a a-consent-de";\s*white-space: pre-line;/);
		expect(css).toMatch(/@bottom-right \{\s*content: "\\a Page " counter\(page\) " of " counter\(pages\);\s*white-space: pre;/);
		// Two lines spaced for handwriting fit the usual 20 mm; three (a bilingual form) need more.
		expect(bottom(leafletPageCss(base))).toBe(20);
		expect(css).toContain('line-height: 6.5mm;');
		expect(bottom(css)).toBe(20);
		expect(bottom(leafletPageCss({ ...base, patientLine: 'x', documentLine: 'a\nb', pageLabel: 'p\nq' }))).toBeGreaterThanOrEqual(
			3 + 3 * 6.5 + 3,
		);
	});
});
