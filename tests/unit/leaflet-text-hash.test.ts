import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/article-model.ts';
import { leafletTextHash, printedUiStrings } from '../../src/content/leaflet-text-hash.ts';
import { listLeafletTexts, type LeafletText } from '../../src/content/leaflet-texts.ts';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { loadSettings } from '../../src/content/load-settings.ts';
import type { Clinic } from '../../src/schemas/clinic.ts';
import type { UiStrings } from '../../src/schemas/ui-strings.ts';

const settings = loadSettings('content');
const de = loadArticleFile('content/articles/de/mesotherapie.md').article!;
const en = loadArticleFile('content/articles/en/mesotherapy.md').article!;

type Settings = { clinic: Clinic; ui: Record<string, UiStrings> };
const hashes = (articles: Article[], s: Settings = settings) =>
	Object.fromEntries(listLeafletTexts(articles, ['de', 'en']).map((l: LeafletText) => [l.id, leafletTextHash(l, s)]));
const before = hashes([de, en]);
const withData = (article: Article, change: (data: Article['data']) => Partial<Article['data']>): Article => ({
	...article,
	data: { ...article.data, ...change(article.data) },
});
const withUi = (lang: string, change: (ui: UiStrings) => Partial<UiStrings>): Settings => ({
	...settings,
	ui: { ...settings.ui, [lang]: { ...settings.ui[lang]!, ...change(settings.ui[lang]!) } },
});
/** Which leaflets' hashes differ from `before`. */
const changed = (after: Record<string, string>) => Object.keys(before).filter((id) => after[id] !== before[id]);

describe('leafletTextHash', () => {
	it('is 12 hex characters, the same every time, and differs between the leaflets of an article', () => {
		expect(Object.values(before).every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
		expect(hashes([de, en])).toEqual(before);
		expect(new Set(Object.values(before)).size).toBe(Object.keys(before).length);
	});

	it('consent form: a printed field (a risk, a question, a section) changes it; version, issued, review and description do not', () => {
		const risk = withData(en, (d) => ({ risks: d.risks.map((r, i) => (i === 0 ? { ...r, name: `${r.name}!` } : r)) }));
		expect(changed(hashes([de, risk]))).toEqual(['mesotherapy-consent-en', 'mesotherapy-consent-bilingual-en']);
		const question = withData(en, (d) => ({ contraindications: [...d.contraindications, 'Anything else?'] }));
		expect(changed(hashes([de, question]))).toEqual(['mesotherapy-consent-en', 'mesotherapy-consent-bilingual-en']);
		const section = { ...en, sections: en.sections.map((s) => (s.key === 'conduct' ? { ...s, html: `${s.html}<p>More.</p>` } : s)) };
		expect(changed(hashes([de, section]))).toEqual(['mesotherapy-consent-en', 'mesotherapy-consent-bilingual-en']);
		const unprinted = withData(en, () => ({
			version: '9.9',
			issued: '2030-01-01',
			reviewed: '2030-01-01',
			reviewedBy: 'jonas-weber',
			description: 'x'.repeat(60),
		}));
		expect(changed(hashes([de, unprinted]))).toEqual([]);
	});

	it('aftercare sheet: a warning sign or an aftercare window changes it, a risk (which it does not print) does not', () => {
		const risk = withData(de, (d) => ({ risks: d.risks.map((r) => ({ ...r, name: `${r.name}!`, frequency: 'rare' as const })) }));
		expect(changed(hashes([risk, en]))).not.toContain('mesotherapy-aftercare-de');
		expect(changed(hashes([risk, en]))).toContain('mesotherapy-consent-de');
		const sign = withData(de, (d) => ({ warningSigns: [...d.warningSigns, { sign: 'Fieber über 39 °C', action: 'emergency' as const }] }));
		expect(changed(hashes([sign, en]))).toEqual(['mesotherapy-aftercare-de']);
		const window = withData(de, (d) => ({ aftercare: d.aftercare.map((w, i) => (i === 0 ? { ...w, avoid: [...w.avoid, 'Sauna.'] } : w)) }));
		expect(changed(hashes([window, en]))).toEqual(['mesotherapy-aftercare-de']);
		const questions = withData(de, (d) => ({ contraindications: [...d.contraindications, 'Sonst noch etwas?'] }));
		expect(changed(hashes([questions, en]))).not.toContain('mesotherapy-aftercare-de');
	});

	it('bilingual form: a change of either language changes it, including the source title it prints above the translation', () => {
		const sourceTitle = withData(de, (d) => ({ title: `${d.title} (neu)` }));
		expect(changed(hashes([sourceTitle, en]))).toEqual([
			'mesotherapy-consent-de',
			'mesotherapy-aftercare-de',
			'mesotherapy-consent-bilingual-en',
		]);
		const unprinted = withData(de, (d) => ({ description: `${d.description} Neu.` }));
		expect(changed(hashes([unprinted, en]))).toEqual([]);
		const source = withData(de, (d) => ({ preparation: [...d.preparation, 'Gut frühstücken.'] }));
		expect(changed(hashes([source, en]))).toEqual(['mesotherapy-consent-de', 'mesotherapy-consent-bilingual-en']);
		const translation = withData(en, (d) => ({
			alternatives: d.alternatives.map((a) => ({ ...a, description: `${a.description} More.` })),
		}));
		expect(changed(hashes([de, translation]))).toEqual(['mesotherapy-consent-en', 'mesotherapy-consent-bilingual-en']);
		const interpreter = withUi('de', (ui) => ({ leaflet: { ...ui.leaflet, interpreter: 'Gedolmetscht von' } }));
		expect(changed(hashes([de, en], interpreter))).toEqual(['mesotherapy-consent-bilingual-en']);
	});

	it('consent terms: an undertaking, the minimum age, off-label use, photographs, dose by weight, value-added tax change the consent forms, not the aftercare sheet', () => {
		const forms = ['mesotherapy-consent-en', 'mesotherapy-consent-bilingual-en'];
		const terms = (change: Partial<Article['data']['consent']>) => withData(en, (d) => ({ consent: { ...d.consent, ...change } }));
		expect(changed(hashes([de, terms({ undertakings: ['I come back in two weeks.'] })]))).toEqual(forms);
		expect(changed(hashes([de, terms({ minimumAge: 16 })]))).toEqual(forms);
		expect(changed(hashes([de, terms({ offLabel: undefined })]))).toEqual(forms);
		expect(changed(hashes([de, terms({ photos: { keptYears: 5 } })]))).toEqual(forms);
		expect(changed(hashes([de, terms({ doseByWeight: true })]))).toEqual(forms);
		const vat = withData(en, (d) => ({ facts: { ...d.facts, costs: { ...d.facts.costs, purelyAesthetic: false } } }));
		expect(changed(hashes([de, vat]))).toEqual(forms);
		// The interpreter's block: the English form's own, not the German one's.
		const block = withUi('en', (ui) => ({ leaflet: { ...ui.leaflet, interpreterConfirm: 'I interpreted.' } }));
		expect(changed(hashes([de, en], block))).toEqual(forms);
		const withdrawal = withUi('de', (ui) => ({ leaflet: { ...ui.leaflet, declWithdraw: 'Widerruf.' } }));
		expect(changed(hashes([de, en], withdrawal))).toEqual(['mesotherapy-consent-de', 'mesotherapy-consent-bilingual-en']);
	});

	it('UI strings: those a leaflet prints change it, website-only ones (navigation, the staff page) and the draft mark do not', () => {
		const intro = withUi('en', (ui) => ({ leaflet: { ...ui.leaflet, consentIntro: 'Read this.' } }));
		expect(changed(hashes([de, en], intro))).toEqual(['mesotherapy-consent-en']);
		const afterEffects = withUi('de', (ui) => ({ article: { ...ui.article, afterEffects: 'Nachwirkung' } }));
		expect(changed(hashes([de, en], afterEffects))).toEqual(['mesotherapy-aftercare-de']);
		const site = withUi('en', (ui) => ({
			nav: { ...ui.nav, home: 'Start' },
			article: { ...ui.article, toc: 'Contents!' },
			leaflet: { ...ui.leaflet, staffTitle: 'Print', draft: 'DRAFT!', released: 'Out' },
		}));
		expect(changed(hashes([de, en], site))).toEqual([]);
	});

	it('clinic profile: a field the header or the aftercare sheet prints changes it, the Impressum facts do not', () => {
		const phone = { ...settings, clinic: { ...settings.clinic, phone: '+49 251 0000000' } };
		expect(changed(hashes([de, en], phone))).toEqual(Object.keys(before));
		const email = { ...settings, clinic: { ...settings.clinic, email: 'other@example.org' } };
		expect(changed(hashes([de, en], email))).toEqual(['mesotherapy-aftercare-de', 'mesotherapy-aftercare-en']);
		const legal = { ...settings, clinic: { ...settings.clinic, legal: { ...settings.clinic.legal, responsiblePhysician: 'jonas-weber' } } };
		expect(changed(hashes([de, en], legal))).toEqual([]);
	});
});

describe('the lists of what a leaflet prints', () => {
	// The UI strings each template reads, as its code names them: `t.x` (t = ui.leaflet), `ui.leaflet.x`,
	// `s.leaflet.x`, `uiPatient.leaflet.x`, `ui.article.x`, `ui.footer.x`, `ui.facts.x`, and the keys of a
	// list looked up as `ui.leaflet[key]`.
	const used = (files: string[]) => {
		const keys = new Set<string>();
		for (const file of files) {
			const code = readFileSync(file, 'utf8');
			for (const m of code.matchAll(/\bt\.(\w+)/g)) keys.add(`leaflet.${m[1]}`);
			for (const m of code.matchAll(/\b(?:ui|s|uiSource|uiPatient)\.(leaflet|article|footer|facts)\.(\w+)/g)) keys.add(`${m[1]}.${m[2]}`);
			for (const m of code.matchAll(/\(\[([^\]]+)\] as const\)\.map\(\s*\(key\) => `\$\{\w+\.leaflet\[key\]\}/g))
				for (const k of m[1]!.matchAll(/'(\w+)'/g)) keys.add(`leaflet.${k[1]}`);
		}
		// The draft mark is printed on drafts only and is no part of the text a release records.
		keys.delete('leaflet.draft');
		return [...keys].sort();
	};
	const listed = (...kinds: (keyof typeof printedUiStrings)[]) =>
		kinds.flatMap((kind) =>
			Object.entries(printedUiStrings[kind]).flatMap(([group, keys]) => (keys as readonly string[]).map((k) => `${group}.${k}`)),
		);
	const frame = [
		'templates/LeafletLayout.astro',
		'templates/PatientFields.astro',
		'src/leaflets/leaflet-header-footer.ts',
		'src/leaflets/leaflet-model.ts',
	];

	it('name every UI string the consent templates print', () => {
		const files = [...frame, 'templates/ConsentForm.astro', 'templates/ConsentPart.astro', 'src/site/cost-text.ts'];
		const want = used(files).filter((k) => !['leaflet.aftercare', 'leaflet.bilingual'].includes(k));
		expect(want.length).toBeGreaterThan(30);
		// The interpreter's block is printed on the forms in another language than the clinic's.
		expect(want.filter((k) => !listed('consent', 'consentForm', 'interpreter').includes(k))).toEqual([]);
	});

	it('name every UI string the bilingual template prints', () => {
		const files = [...frame, 'templates/BilingualConsentForm.astro', 'templates/ConsentPart.astro', 'src/site/cost-text.ts'];
		const want = used(files).filter((k) => k !== 'leaflet.aftercare');
		expect(want.filter((k) => !listed('consent', 'bilingual', 'bilingualForm', 'interpreter').includes(k))).toEqual([]);
	});

	it('name every UI string the aftercare template prints', () => {
		// The running footer's patient line (leaflet-header-footer.ts, with its date of birth) is a consent form's only.
		const want = used([...frame, 'templates/AftercareSheet.astro']).filter(
			(k) => !['leaflet.consent', 'leaflet.bilingual', 'leaflet.dateOfBirth'].includes(k),
		);
		expect(want.length).toBeGreaterThan(15);
		expect(want.filter((k) => !listed('aftercare').includes(k))).toEqual([]);
	});
});
