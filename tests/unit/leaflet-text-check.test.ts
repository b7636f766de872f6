import { describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/content/load-articles.ts';
import { loadSettings } from '../../src/content/load-settings.ts';
import { readFileSync } from 'node:fs';
import { sectionOf, type Article } from '../../src/content/article-model.ts';
import type { SectionKey } from '../../src/content/section-keys.ts';
import { findMissingText, foldForComparison, missingTextLabel } from '../../src/leaflets/find-missing-text.ts';
import { htmlBlockTexts } from '../../src/leaflets/html-block-texts.ts';
import { leafletExpectedText, sectionExpectedText } from '../../src/leaflets/leaflet-expected-text.ts';
import { listLeaflets } from '../../src/leaflets/leaflet-model.ts';
import { byFrequency } from '../../src/schemas/article.ts';

const settings = loadSettings('content');
const { ui } = settings;
const de = loadArticleFile('content/articles/de/mesotherapie.md').article!;
const en = loadArticleFile('content/articles/en/mesotherapy.md').article!;
const ar = loadArticleFile('content/articles/ar/mesotherapy.md').article!;
const drafts = listLeaflets([de, en, ar], ['de', 'en', 'ar'], settings);
// The extracted texts of tests/fixtures/leaflet-text are of released leaflets (no draft mark): every one is in this register.
const register = drafts.map((l) => ({
	id: l.id,
	version: l.article.data.version,
	issued: l.article.data.issued,
	textHash: l.textHash,
	releasedBy: 'lena-hartmann',
	releasedAt: '2026-12-01T12:00:00Z',
	seal: '000000000000',
}));
const leaflets = listLeaflets([de, en, ar], ['de', 'en', 'ar'], { ...settings, register });
const leaflet = (id: string) => leaflets.find((l) => l.id === id)!;
const labels = (id: string) => leafletExpectedText(leaflet(id), ui).map((e) => e.label);

describe('leafletExpectedText', () => {
	it('asks a draft for its draft mark in its language on every page, and a released leaflet not', () => {
		for (const draft of drafts) {
			const mark = ui[draft.lang]!.leaflet.draft;
			expect(leafletExpectedText(draft, ui), draft.id).toContainEqual({ label: `draft mark "${mark}"`, parts: [mark], page: 'every' });
		}
		for (const released of leaflets)
			expect(
				leafletExpectedText(released, ui).filter((e) => e.label.startsWith('draft mark')),
				released.id,
			).toEqual([]);
		// A draft whose PDF lost the mark (hidden, cut off) is reported.
		const text = leafletExpectedText(
			leaflets.find((l) => l.id === 'mesotherapy-consent-en')!,
			ui,
		)
			.map((e) => e.parts.join(' '))
			.join('\n');
		const draft = drafts.find((l) => l.id === 'mesotherapy-consent-en')!;
		expect(findMissingText(text, leafletExpectedText(draft, ui)).map((e) => e.label)).toEqual([`draft mark "${ui.en!.leaflet.draft}"`]);
		expect(findMissingText(`${text}\n${ui.en!.leaflet.draft}`, leafletExpectedText(draft, ui))).toEqual([]);
	});

	it('asks consent forms for every risk with its frequency, every question and the signature labels', () => {
		const expected = leafletExpectedText(leaflet('mesotherapy-consent-en'), ui);
		for (const risk of en.data.risks) {
			const item = expected.find((e) => e.label === `risk "${risk.name}" with its frequency`)!;
			expect(item.parts.at(-1)).toBe(`${ui.en!.frequency[risk.frequency]}: ${ui.en!.frequencyRate[risk.frequency]}`);
		}
		for (const q of en.data.contraindications) expect(labels('mesotherapy-consent-en')).toContain(`health question "${q}"`);
		for (const l of [ui.en!.leaflet.signaturePatient, ui.en!.leaflet.signaturePhysician, ui.en!.leaflet.placeDate])
			expect(labels('mesotherapy-consent-en')).toContain(`signature label "${l}"`);
	});

	it('asks aftercare sheets for every warning sign, and bilingual forms for both languages and the interpreter', () => {
		expect(labels('mesotherapy-aftercare-de').filter((l) => l.startsWith('warning sign'))).toEqual(
			de.data.warningSigns.map((w) => `warning sign "${w.sign}"`),
		);
		const bilingual = labels('mesotherapy-consent-bilingual-ar');
		for (const risk of [...de.data.risks, ...ar.data.risks]) expect(bilingual).toContain(`risk "${risk.name}" with its frequency`);
		for (const q of [...de.data.contraindications, ...ar.data.contraindications]) expect(bilingual).toContain(`health question "${q}"`);
		for (const lang of ['de', 'ar'])
			for (const l of [ui[lang]!.leaflet.interpreter, ui[lang]!.leaflet.signatureInterpreter])
				expect(bilingual.filter((b) => b.startsWith('interpreter block')).join('\n'), lang).toContain(l.slice(0, 40));
	});

	it('asks every consent form for its consultation record, withdrawal, age rule and the declarations its article declares (issue 13)', () => {
		const text = (id: string) => leafletExpectedText(leaflet(id), ui).flatMap((e) => e.parts);
		for (const [id, lang] of [
			['mesotherapy-consent-de', 'de'],
			['mesotherapy-consent-en', 'en'],
			['mesotherapy-consent-ar', 'ar'],
			['mesotherapy-consent-bilingual-ar', 'ar'],
			['mesotherapy-consent-bilingual-ar', 'de'],
		] as const) {
			const t = ui[lang]!.leaflet;
			const article = lang === 'de' ? de : lang === 'en' ? en : ar;
			for (const s of [
				t.consultationDate,
				t.consultationStart,
				t.consultationLength,
				t.physicianName,
				t.ableToConsent,
				t.declWithdraw,
				t.declCourse,
				t.adultsOnly,
				t.offLabelDecl,
				t.offLabelBatch,
				article.data.consent.offLabel!,
				t.selfPayAgreement,
				t.costEstimate,
				t.vatIncluded,
				t.photoYes,
				t.photoNo,
			])
				expect(text(id), `${id}: ${s}`).toContain(s);
			// Mesotherapy: adults only, no undertakings, the dose not by weight.
			for (const s of [t.signatureGuardian1, t.undertakingsTitle, t.bodyWeight]) expect(text(id), `${id}: ${s}`).not.toContain(s);
		}
		// The interpreter's block on every form in another language than German, not on the German one.
		expect(text('mesotherapy-consent-de')).not.toContain(ui.de!.leaflet.signatureInterpreter);
		expect(text('mesotherapy-consent-en')).toContain(ui.en!.leaflet.signatureInterpreter);
		expect(text('mesotherapy-consent-ar')).toContain(ui.ar!.leaflet.interpreterConfirm);
	});

	it("asks for the parents' signature lines where minors are treated, for undertakings and body weight where declared", () => {
		const minor = (a: Article): Article => ({
			...a,
			data: {
				...a.data,
				consent: { ...a.data.consent, minimumAge: 16, undertakings: ['U1', 'U2'], doseByWeight: true, photos: undefined },
				facts: { ...a.data.facts, costs: { ...a.data.facts.costs, purelyAesthetic: false } },
			},
		});
		const [form] = listLeaflets([minor(en)], ['en'], settings).filter((l) => l.kind === 'consent');
		const parts = leafletExpectedText(form!, ui).flatMap((e) => e.parts);
		const t = ui.en!.leaflet;
		for (const s of [t.signatureGuardian1, t.signatureGuardian2, 'U1', 'U2', t.undertakingsTitle, t.bodyWeight]) expect(parts).toContain(s);
		expect(parts.some((p) => p.includes('16'))).toBe(true);
		for (const s of [t.adultsOnly, t.vatIncluded, t.photoYes]) expect(parts).not.toContain(s);
	});
});

describe('section text on the leaflets', () => {
	// Text pdf.js extracted from the consent forms of the real content (npm run build), one file per language.
	const extracted = (lang: string) => readFileSync(`tests/fixtures/leaflet-text/mesotherapy-consent-${lang}.txt`, 'utf8');
	const cases: [string, string, Article][] = [
		['de', 'mesotherapy-consent-de', de],
		['en', 'mesotherapy-consent-en', en],
		['ar', 'mesotherapy-consent-ar', ar],
	];
	// Punctuation is dropped, not split at, as the check does: extractors move a comma into the word beside it.
	const wordKeys = (text: string) =>
		text
			.normalize('NFKC')
			.replace(/[^\p{L}\p{N}\s]/gu, '')
			.split(/\s+/)
			.filter((w) => w.length > 1)
			.map((w) => [...foldForComparison(w)].sort().join(''));
	/** The extracted text without the lines that belong to `block` (all of whose words the block has). */
	const withoutBlock = (text: string, block: string) => {
		const keys = new Set(wordKeys(block));
		const folded = foldForComparison(block);
		const lines = text.split('\n');
		const kept = lines.filter((line) => {
			const words = wordKeys(line);
			const belongs = /[\u0600-\u06ff]/.test(block)
				? words.length >= 2 && words.every((k) => keys.has(k))
				: foldForComparison(line).length > 0 && folded.includes(foldForComparison(line));
			return !belongs;
		});
		expect(kept.length, 'lines of the paragraph were found to remove').toBeLessThan(lines.length);
		return kept.join('\n');
	};
	const longestBlock = (article: Article, key: SectionKey) =>
		htmlBlockTexts(sectionOf(article, key)!.html).sort((a, b) => b.split(' ').length - a.split(' ').length)[0]!;

	it.each(cases)('%s: every heading and block of the sections the consent form prints is found in its extracted text', (_, id) => {
		const expected = leafletExpectedText(leaflet(id), ui);
		expect(expected.filter((e) => e.label.includes(' in section ')).length).toBeGreaterThan(10);
		expect(findMissingText(extracted(id.split('-').at(-1)!), expected).map((e) => e.label)).toEqual([]);
	});

	it.each(cases)('%s: a paragraph lost from the PDF is reported, for each section the form prints', (lang, id, article) => {
		for (const key of ['overview', 'indications', 'conduct', 'benefit'] as SectionKey[]) {
			const section = sectionOf(article, key)!;
			const block = longestBlock(article, key);
			const own = sectionExpectedText({ ...section, html: `<p>${block.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` }, false).map(
				(e) => e.label,
			);
			const missing = findMissingText(withoutBlock(extracted(lang), block), leafletExpectedText(leaflet(id), ui)).map((e) => e.label);
			expect(
				missing.filter((label) => own.includes(label)),
				`${key}: "${block.slice(0, 60)}…" lost`,
			).not.toEqual([]);
		}
	});

	it('a code line cut off at the margin is reported by its end words', () => {
		const html = `<pre><code>short line\nthe line ${'and on '.repeat(30)}END-OF-CODE-LINE\n</code></pre>`;
		const expected = sectionExpectedText({ key: 'conduct', id: 'conduct', heading: 'How it works', html, line: 1 }, true);
		const pdf = `How it works\nshort line\nthe line ${'and on '.repeat(12)}`;
		expect(findMissingText(pdf, expected).map((e) => e.label)).toEqual(['end of "…and on END-OF-CODE-LINE" in section "How it works"']);
		expect(findMissingText(`${pdf}${'and on '.repeat(18)}END-OF-\nCODE-LINE`, expected)).toEqual([]);
	});

	it('splits section HTML into paragraphs, list items (up to a nested list), table cells, headings and code lines', () => {
		expect(
			htmlBlockTexts(
				'<h3>Sub &amp; more</h3><p>One <strong>two</strong>\nthree.</p><ul><li>Item<ul><li>Nested</li></ul></li></ul><table><tr><th>A</th><td>B c</td></tr></table><pre><code>x = 1\n\ny &lt; 2\n</code></pre>',
			),
		).toEqual(['Sub & more', 'One two three.', 'Item', 'Nested', 'A', 'B c', 'x = 1', 'y < 2']);
	});
});

describe('findMissingText', () => {
	const item = (label: string, ...parts: string[]) => ({ label, parts });

	it('finds text across line breaks, lost spaces, hyphenation at line ends, soft hyphens and ligatures', () => {
		const pdf =
			'Infektion an den Einstich-\nstellen, auch mit\u00ad schwer be-\nhandelbaren Erregern SCHWERWIEGEND selten: 1 bis 10 von\n10.000 Behandelten\nUnterschrift der Patien-\ntin / des Patienten Ort,Datum Sind Sie schwan\u00adger? Bitte ﬁnden';
		expect(
			findMissingText(pdf, [
				item('risk', 'Infektion an den Einstichstellen, auch mit schwer behandelbaren Erregern', 'selten: 1 bis 10 von 10.000 Behandelten'),
				item('signature', 'Unterschrift der Patientin / des Patienten'),
				item('place', 'Ort, Datum'),
				item('question', 'Sind Sie schwanger?'),
				item('ligature', 'finden'),
			]),
		).toEqual([]);
	});

	it('reports each item whose text is gone, and a risk whose frequency is not beside its name', () => {
		const pdf = 'Risks in prose: redness is common. Redness very common: more than 1 in 10 Bruising';
		const missing = findMissingText(pdf, [
			item('risk "Redness"', 'Redness', 'very common: more than 1 in 10'),
			item('risk "Bruising"', 'Bruising', 'common: 1 to 10 in 100'),
			item('risk "Infection"', 'Infection', 'rare: 1 to 10 in 10,000'),
			item('question "Are you pregnant?"', 'Are you pregnant?'),
		]);
		expect(missing.map((m) => m.label)).toEqual(['risk "Bruising"', 'risk "Infection"', 'question "Are you pregnant?"']);
	});

	// Arabic as extractors return it: each line in visual order (words and letters reversed), a
	// comma moved into the word beside it, one word in five with two letters swapped, and a space lost
	// where two table cells meet.
	const visual = (text: string, swapEvery = 5) =>
		text
			.split('\n')
			.map((line) =>
				line
					.split(' ')
					.map((word, i) => {
						const letters = [...word].reverse();
						if (swapEvery > 0 && i % swapEvery === 1 && letters.length > 3) [letters[1], letters[2]] = [letters[2]!, letters[1]!];
						return letters.join('').replace(/^(.)،/, '،$1');
					})
					.reverse()
					.join(' '),
			)
			.join('\n');

	it('finds Arabic items in text extracted in visual order with swapped letters, and fails when one is lost', () => {
		// Items looked for page by page are tested page by page below.
		const expected = leafletExpectedText(leaflet('mesotherapy-consent-ar'), ui).filter((e) => e.page === undefined);
		const printed = expected.map((e) => e.parts.join(' ')).join('\n');
		expect(findMissingText(visual(printed), expected)).toEqual([]);
		// The two signature labels side by side in one row, the space between the cells lost.
		const place = `${ui.ar!.leaflet.placeDate}${ui.ar!.leaflet.signaturePatient}`;
		expect(
			findMissingText(
				visual(place, 0),
				expected.filter((e) => e.label.includes(ui.ar!.leaflet.placeDate) || e.label.includes(ui.ar!.leaflet.signaturePatient)),
			).map((m) => m.label),
		).toEqual([]);
		// Each item in turn left out of the page: it, and only it, is reported (but see below).
		const undetected: string[] = [];
		for (const [i, lost] of expected.entries()) {
			const without = expected
				.filter((_, k) => k !== i)
				.map((e) => e.parts.join(' '))
				.join('\n');
			const missing = findMissingText(visual(without), expected).map((m) => m.label);
			if (missing.length === 0) undetected.push(lost.label);
			else expect(missing, lost.label).toEqual([lost.label]);
		}
		// Every risk row is caught. The known limit: a short item whose words (all but one in seven) a
		// neighbour also has, like "signature of the physician" below "name of the physician", is not.
		expect(undetected.filter((label) => label.startsWith('risk'))).toEqual([]);
		expect(undetected.length).toBeLessThanOrEqual(Math.floor(expected.length / 10));
	});
});

describe('a block that a page break splits', () => {
	// As Skia draws them: each page's content, then its margin boxes (header, page label, footer).
	const frame = (page: number, pages: number, first: 'header' | 'footer') => {
		const header = ['Praxis Lindenhof', 'Lindenhof 12 · 48143 Münster'];
		const footer = [
			`Seite ${page} von ${pages}`,
			'Name, Vorname: ______ Geburtsdatum: ______',
			'x-consent-de · Version 1.1 · Prüfsumme 0a1b2c3d4e5f',
		];
		return (first === 'header' ? [...header, ...footer] : [...footer, ...header]).join('\n');
	};
	const item = { label: 'end of "…than other medicines."', parts: ['than other medicines.'] };
	const split = (first: 'header' | 'footer', where: 'before' | 'after') => {
		const page = (n: number, content: string) =>
			where === 'after' ? `${content}\n${frame(n, 3, first)}\n` : `${frame(n, 3, first)}\n${content}\n`;
		return [page(1, 'Intro.\nIt works, often faster than other'), page(2, 'medicines.\nIn a ketamine infusion'), page(3, 'Signatures.')];
	};

	it('reads on across the running header and footer, whether they are drawn before or after the content', () => {
		for (const first of ['header', 'footer'] as const)
			for (const where of ['before', 'after'] as const)
				expect(findMissingText(split(first, where), [item]), `${first} ${where}`).toEqual([]);
	});

	it('still misses words that are gone, and keeps the frame for the items looked for on every page', () => {
		const lost = split('header', 'after').map((p) => p.replace('medicines.', ''));
		expect(findMissingText(lost, [item])).toEqual([item]);
		const patient = { label: 'patient line', parts: ['Name, Vorname:'], page: 'every' as const };
		expect(findMissingText(split('header', 'after'), [patient])).toEqual([]);
	});
});

describe('page by page', () => {
	const bilingual = leaflet('mesotherapy-consent-bilingual-ar');
	// The patient line and the declaration; the tables' starts are tested on their own below.
	const lines = (id: string) =>
		leafletExpectedText(leaflet(id), ui).filter(
			(e) => e.page !== undefined && !e.label.startsWith('start of the') && !e.label.startsWith('document line'),
		);
	const documentLines = (id: string) => leafletExpectedText(leaflet(id), ui).filter((e) => e.label.startsWith('document line'));
	const tables = (id: string) => leafletExpectedText(leaflet(id), ui).filter((e) => e.label.startsWith('start of the'));
	const footer = (lang: string) =>
		`${ui[lang]!.leaflet.patientName}: ${'_'.repeat(30)}   ${ui[lang]!.leaflet.dateOfBirth}: ${'_'.repeat(14)}`;
	const declaration = (lang: string) => {
		const t = ui[lang]!.leaflet;
		return [
			t.partDeclaration,
			t.declRead,
			t.declInformed,
			t.declCopy,
			t.declConsent,
			t.declRefuse,
			t.physicianName,
			t.placeDate,
			t.signaturePatient,
			t.placeDate,
			t.signaturePhysician,
		].join('\n');
	};

	it('asks every consent form, single and bilingual, for the patient line on every page and the declaration on one page; aftercare sheets for neither', () => {
		for (const id of ['mesotherapy-consent-de', 'mesotherapy-consent-en', 'mesotherapy-consent-ar'])
			expect(
				lines(id).map((e) => e.page),
				id,
			).toEqual(['every', 'together']);
		const [patient] = lines(bilingual.id);
		expect(patient!.parts).toEqual([
			`${ui.de!.leaflet.patientName} / ${ui.ar!.leaflet.patientName}:`,
			`${ui.de!.leaflet.dateOfBirth} / ${ui.ar!.leaflet.dateOfBirth}:`,
		]);
		for (const id of ['mesotherapy-aftercare-de', 'mesotherapy-aftercare-ar']) expect(lines(id), id).toEqual([]);
	});

	it('asks every leaflet for its footer document line on every page, a bilingual form for both languages', () => {
		for (const id of ['mesotherapy-consent-de', 'mesotherapy-aftercare-ar', 'mesotherapy-consent-en']) {
			const [line, ...more] = documentLines(id);
			expect(more, id).toEqual([]);
			expect(line!.page, id).toBe('every');
			expect(line!.parts[0], id).toContain(id);
		}
		const both = documentLines(bilingual.id);
		expect(both.map((l) => l.parts[0]!.includes('Version') || l.parts[0]!.includes('الإصدار'))).toEqual([true, true]);
		// A line the footer had no room for is not printed: the page that lacks it is named.
		const [line] = documentLines('mesotherapy-consent-de');
		const page = (n: number) => `text of page ${n}\n${n === 2 ? '' : line!.parts[0]}`;
		expect(findMissingText([page(1), page(2), page(3)], [line!]).map(missingTextLabel)).toEqual([`${line!.label} on page 2`]);
	});

	it.each(['de', 'en', 'ar'])('%s: reports the patient line on the pages that lack it, and nothing when every page has it', (lang) => {
		const id = `mesotherapy-consent-${lang}`;
		const expected = lines(id);
		const pages = ['Text of page one', 'Text of page two', declaration(lang)].map((text) => `${text}\n${footer(lang)}`);
		expect(findMissingText(pages, expected)).toEqual([]);
		const lost = [pages[0]!, 'Text of page two', pages[2]!];
		const missing = findMissingText(lost, expected);
		expect(missing.map((m) => [m.label, m.pages])).toEqual([[expected[0]!.label, [2]]]);
		expect(missingTextLabel(missing[0]!)).toMatch(/ on page 2$/);
		// The fields at the top of page 1 (the labels without their colons) do not stand in for the line.
		if (lang !== 'ar')
			expect(findMissingText([`${ui[lang]!.leaflet.patientName} ${ui[lang]!.leaflet.dateOfBirth}`], expected.slice(0, 1))).not.toEqual([]);
	});

	it.each(['de', 'en', 'ar'])('%s: reports a declaration whose signature lines moved to the next page', (lang) => {
		const expected = lines(`mesotherapy-consent-${lang}`).filter((e) => e.page === 'together');
		const [head, ...rest] = declaration(lang).split('\n');
		const t = ui[lang]!.leaflet;
		const split = rest.join('\n').split(t.placeDate);
		expect(findMissingText([`x\n${declaration(lang)}`], expected)).toEqual([]);
		const missing = findMissingText([`${head}\n${split[0]}`, `${t.placeDate}${split.slice(1).join(t.placeDate)}`], expected);
		expect(missing.map(missingTextLabel)).toEqual(['declaration with its signature lines on one page']);
	});

	it.each(['de', 'en', 'ar'])('%s: reports a risk table whose caption and header stand alone at the foot of a page', (lang) => {
		const id = `mesotherapy-consent-${lang}`;
		const [risks] = tables(id);
		expect(tables(id).map((t) => t.page)).toEqual(['together']);
		const a = { de, en, ar }[lang]!;
		const rows = byFrequency(a.data.risks).map((r) => r.name);
		const t = ui[lang]!.article;
		const head = `${t.risksCaption}\n${t.riskName} ${t.riskFrequency}`;
		expect(findMissingText([`${head}\n${rows.join('\n')}`], [risks!])).toEqual([]);
		// Caption with one row, the rest on the next page under the repeated header: too few.
		expect(
			findMissingText([`x\n${head}\n${rows[0]}`, `${t.riskName}\n${rows.slice(1).join('\n')}`], [risks!]).map(missingTextLabel),
		).toEqual([`${risks!.label} on one page`]);
		expect(findMissingText([`x\n${head}\n${rows.slice(0, 2).join('\n')}`, rows.slice(2).join('\n')], [risks!])).toEqual([]);
		// Aftercare sheets: the after-effects table's header with its first two rows; bilingual forms: both risk tables.
		expect(tables(`mesotherapy-aftercare-${lang}`).map((e) => e.parts.slice(0, 2))).toEqual([[t.afterEffects, t.afterEffectLasts]]);
	});

	it('asks a bilingual form for the start of both risk tables', () => {
		expect(tables(bilingual.id).map((e) => e.parts[0])).toEqual([ui.de!.article.risksCaption, ui.ar!.article.risksCaption]);
	});

	it('checks a bilingual form in both languages: the Arabic half of its patient line missing on a page is reported', () => {
		const expected = lines(bilingual.id).slice(0, 1);
		const both = (s: string) => `${ui.de!.leaflet[s as 'patientName']} / ${ui.ar!.leaflet[s as 'patientName']}`;
		const line = `${both('patientName')}: ${'_'.repeat(16)}   ${both('dateOfBirth')}: ${'_'.repeat(9)}`;
		expect(findMissingText([line, line], expected)).toEqual([]);
		const germanOnly = `${ui.de!.leaflet.patientName}: ${'_'.repeat(16)}   ${ui.de!.leaflet.dateOfBirth}: ${'_'.repeat(9)}`;
		expect(findMissingText([line, germanOnly], expected).map((m) => m.pages)).toEqual([[2]]);
	});
});

describe('skiaPdfText', () => {
	// A page whose content stream shows glyph codes of a Type0 font, the way Skia writes text.
	const cmap =
		'/CIDInit /ProcSet findresource begin\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n2 beginbfchar\n<0001> <0020>\n<0080> <00660069>\nendbfchar\n1 beginbfrange\n<0002> <0004> <0041>\nendbfrange\nendcmap';
	const content =
		'BT\n/F1 12 Tf\n1 0 0 -1 70 55 Tm\n<0002> Tj\n7 0 Td <0003> Tj\n7 0 Td <0001> Tj\n7 0 Td <0080> Tj\nET\nBT\n/Span<</ActualText <FEFF0043> >> BDC\n/F1 12 Tf\n1 0 0 -1 70 70 Tm\n<0099> Tj\nEMC\nET\nBT\n/F1 12 Tf\n1 0 0 -1 80 70 Tm\n(\\000\\004) Tj\nET';
	const stream = (body: string) => `<</Length ${body.length}>> stream\n${body}\nendstream`;
	const objects = [
		'<</Type /Catalog\n/Pages 2 0 R>>',
		'<</Type /Pages\n/Kids [3 0 R]\n/Count 1\n/Resources <</Font <</F1 4 0 R>>>>>>',
		'<</Type /Page\n/Parent 2 0 R\n/Contents 6 0 R>>',
		'<</Type /Font\n/Subtype /Type0\n/ToUnicode 5 0 R>>',
		stream(cmap),
		stream(content),
	];

	it('maps glyph codes through ToUnicode (ranges, ligatures), uses ActualText, breaks lines at a new height, and inherits resources', async () => {
		const { pdfFile } = await import('../support/pdf-file.ts');
		const { skiaPdfText } = await import('../../src/leaflets/skia-pdf-text.ts');
		const pdf = pdfFile(objects, '/Size 7\n/Root 1 0 R');
		expect(skiaPdfText(new Uint8Array(Buffer.from(pdf, 'latin1')))).toEqual({ text: 'AB fi\nCC\n', pages: ['AB fi\nCC'], unmapped: 0 });
	});

	it('returns the text of each page on its own, for the checks page by page', async () => {
		const { pdfFile } = await import('../support/pdf-file.ts');
		const { skiaPdfText } = await import('../../src/leaflets/skia-pdf-text.ts');
		const second = 'BT\n/F1 12 Tf\n1 0 0 -1 70 55 Tm\n<0004> Tj\nET';
		const pdf = pdfFile(
			[
				objects[0]!,
				objects[1]!.replace('/Kids [3 0 R]\n/Count 1', '/Kids [3 0 R 7 0 R]\n/Count 2'),
				...objects.slice(2),
				'<</Type /Page\n/Parent 2 0 R\n/Contents 8 0 R>>',
				stream(second),
			],
			'/Size 9\n/Root 1 0 R',
		);
		expect(skiaPdfText(new Uint8Array(Buffer.from(pdf, 'latin1'))).pages).toEqual(['AB fi\nCC', 'C']);
	});

	it('fails with the byte offset on a truncated stream, and the leaflet check then asks pdf.js', async () => {
		const { pdfFile } = await import('../support/pdf-file.ts');
		const { skiaPdfText } = await import('../../src/leaflets/skia-pdf-text.ts');
		const broken = pdfFile(
			[...objects.slice(0, 5), `<</Length ${content.length + 500}>> stream\n${content}\nendstream`],
			'/Size 7\n/Root 1 0 R',
		);
		expect(() => skiaPdfText(new Uint8Array(Buffer.from(broken, 'latin1')))).toThrow(
			/Malformed PDF at byte \d+: the stream of object 6 runs past the end/,
		);
	});
});
