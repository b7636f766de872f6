import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content/check-content.ts';
import { format, formatDate } from '../../src/i18n/format.ts';
import type { LeafletManifest } from '../../src/schemas/leaflet-manifest.ts';
import { uiStringsSchema, type UiStrings } from '../../src/schemas/ui-strings.ts';
import { leafletLabel } from '../../src/leaflets/leaflet-model.ts';
import { buildSite } from '../support/build-site.ts';
import { htmlHeadings } from '../../src/leaflets/html-headings.ts';
import { fold, readPdf, type PdfFacts } from '../support/pdf-text.ts';
import { arabicPhraseIndex, arabicWordRecall, popplerText } from '../support/arabic-text.ts';
import { clinicSchema } from '../../src/schemas/clinic.ts';
import { findMissingText } from '../../src/leaflets/find-missing-text.ts';
import { warningActions } from '../../src/schemas/article.ts';
import { verifyLeafletPdf } from '../../src/leaflets/verify-leaflet-pdf.ts';
import { costText } from '../../src/site/cost-text.ts';

// The real content, built with its leaflets; every PDF is read back as text and checked against its article.
let dist: string;
let manifest: LeafletManifest;
const pdfs = new Map<string, PdfFacts>();
const articles = checkContent('content').articles;
// Right-to-left languages are checked word by word with poppler below: Chromium's PDFs carry shaped
// Arabic glyphs, which unpdf returns as presentation forms in visual order.
const ltr = articles.filter((a) => a.lang !== 'ar');
const clinic = clinicSchema.parse(parse(readFileSync('content/clinic.yaml', 'utf8')));
const numbers = { phone: clinic.phone, onCall: clinic.onCallNumber, emergency: clinic.emergencyNumber };
const ui: Record<string, UiStrings> = Object.fromEntries(
	['de', 'en', 'ar', 'tr']
		.filter((lang) => existsSync(`content/ui/${lang}.yaml`))
		.map((lang) => [lang, uiStringsSchema.parse(parse(readFileSync(`content/ui/${lang}.yaml`, 'utf8')))]),
);

beforeAll(async () => {
	dist = await buildSite({ leaflets: true });
	manifest = JSON.parse(readFileSync(join(dist, 'leaflets.json'), 'utf8')) as LeafletManifest;
	for (const leaflet of manifest.leaflets) pdfs.set(leaflet.id, await readPdf(join(dist, leaflet.pdf)));
});

describe('the leaflet manifest', () => {
	it('lists a consent form and an aftercare sheet for every article and language', () => {
		const bilingual = (a: (typeof articles)[number]) => (a.lang === 'de' ? [] : [`${a.key}-consent-bilingual-${a.lang}`]);
		expect(manifest.leaflets.map((l) => l.id).sort()).toEqual(
			articles.flatMap((a) => [`${a.key}-consent-${a.lang}`, `${a.key}-aftercare-${a.lang}`, ...bilingual(a)]).sort(),
		);
	});

	it('matches the files: sha256, size, page count and stable URLs', async () => {
		for (const leaflet of manifest.leaflets) {
			const bytes = readFileSync(join(dist, leaflet.pdf));
			expect(createHash('sha256').update(bytes).digest('hex'), leaflet.id).toBe(leaflet.sha256);
			expect(bytes.length).toBe(leaflet.bytes);
			expect(pdfs.get(leaflet.id)!.pages.length, leaflet.id).toBe(leaflet.pages);
			expect(leaflet.pdf).toMatch(new RegExp(`^/${leaflet.lang}/leaflets/[a-z0-9-]+-${leaflet.kind}\\.pdf$`));
		}
	});
});

describe('every leaflet PDF', () => {
	it('has title, author, subject, language, tagged structure and an outline', () => {
		for (const leaflet of manifest.leaflets) {
			const pdf = pdfs.get(leaflet.id)!;
			const article = articles.find((a) => a.key === leaflet.key && a.lang === leaflet.lang)!;
			expect(pdf.info.Title, leaflet.id).toBe(`${leafletLabel(leaflet.kind, ui[leaflet.lang]!)}: ${article.data.title}`);
			expect(pdf.info.Author).toBe('Praxis Lindenhof');
			expect(pdf.info.Subject).toBe(article.data.description);
			expect(pdf.info.Language).toBe(leaflet.lang);
			expect(pdf.info.CreationDate).toBe(`D:${article.data.issued.replace(/-/g, '')}000000+00'00'`);
			expect(pdf.tagged, leaflet.id).toBe(true);
			expect(pdf.outline[0]).toBe(article.data.title);
			expect(pdf.outline.length).toBeGreaterThan(3);
		}
	});

	it('has one outline item a heading, each titled exactly as its heading, none with its text repeated', () => {
		for (const leaflet of manifest.leaflets) {
			const headings = htmlHeadings(readFileSync(join(dist, leaflet.view, 'index.html'), 'utf8'));
			// Chromium titles a heading moved to a new page with its text twice ("8.8. Kosten Kosten").
			expect(pdfs.get(leaflet.id)!.outline, leaflet.id).toEqual(headings);
		}
	});

	it('says on every page which document and version it is, and "page X of N" with the right N', () => {
		for (const leaflet of manifest.leaflets.filter((l) => l.lang !== 'ar')) {
			const pdf = pdfs.get(leaflet.id)!;
			// A bilingual form's footer says it in German too (issue 13).
			for (const strings of (leaflet.kind === 'consent-bilingual' ? ['de', leaflet.lang] : [leaflet.lang]).map((lang) => ui[lang]!)) {
				const documentLine = format(strings.leaflet.documentLine, {
					id: leaflet.id,
					version: leaflet.version,
					date: formatDate(leaflet.issued, strings.locale),
					hash: leaflet.textHash!,
				});
				pdf.pages.forEach((text, i) => {
					const page = fold(text);
					expect(page, `${leaflet.id} p${i + 1}`).toContain(format(strings.leaflet.page, { page: i + 1, pages: pdf.pages.length }));
					expect(page, `${leaflet.id} p${i + 1}`).toContain(documentLine);
					expect(page).toContain('Praxis Lindenhof');
				});
			}
		}
	});

	it('consent forms carry every risk with its frequency, every question, the costs and the signature block', () => {
		for (const article of ltr) {
			const strings = ui[article.lang]!;
			const pdf = pdfs.get(`${article.key}-consent-${article.lang}`)!;
			for (const risk of article.data.risks) expect(pdf.flat, `${article.id}: ${risk.name}`).toContain(fold(risk.name));
			for (const frequency of new Set(article.data.risks.map((r) => r.frequency)))
				expect(pdf.flat).toContain(fold(strings.frequencyRate[frequency]));
			for (const question of article.data.contraindications) expect(pdf.flat, `${article.id}: ${question}`).toContain(fold(question));
			for (const alternative of article.data.alternatives) expect(pdf.flat).toContain(fold(alternative.name));
			for (const label of [
				strings.leaflet.signaturePatient,
				strings.leaflet.signaturePhysician,
				strings.leaflet.placeDate,
				strings.leaflet.declConsent,
				strings.leaflet.declCopy,
				strings.leaflet.patientName,
				strings.leaflet.dateOfBirth,
			]) {
				expect(pdf.flat, `${article.id}: ${label}`).toContain(fold(label));
			}
			expect(pdf.flat).toContain(strings.leaflet.partCosts);
		}
	});

	it('bilingual consent forms carry the German and the translated risks, questions and signature labels', () => {
		for (const article of ltr.filter((a) => a.lang !== 'de')) {
			const source = articles.find((a) => a.key === article.key && a.lang === 'de')!;
			const pdf = pdfs.get(`${article.key}-consent-bilingual-${article.lang}`)!;
			for (const a of [source, article]) {
				for (const risk of a.data.risks) expect(pdf.flat, `${a.id}: ${risk.name}`).toContain(fold(risk.name));
				for (const question of a.data.contraindications) expect(pdf.flat, `${a.id}: ${question}`).toContain(fold(question));
				expect(pdf.flat).toContain(fold(ui[a.lang]!.leaflet.signaturePatient));
			}
			expect(pdf.flat).toContain(fold(ui[article.lang]!.leaflet.bilingualNote));
			// Kind and title in German as well, on page 1 (issue 13).
			const first = fold(pdf.pages[0]!);
			expect(first, article.id).toContain(fold(source.data.title));
			expect(first, article.id).toContain(fold(article.data.title));
			expect(first, article.id).toContain(leafletLabel('consent-bilingual', ui.de!).toLocaleUpperCase('de'));
			expect(first, article.id).toContain(leafletLabel('consent-bilingual', ui[article.lang]!).toLocaleUpperCase(article.lang));
		}
	});

	it('keeps the declaration and both signature lines on one page', () => {
		for (const article of ltr) {
			const strings = ui[article.lang]!;
			const pdf = pdfs.get(`${article.key}-consent-${article.lang}`)!;
			const page = pdf.pages.map(fold).find((p) => p.includes(fold(strings.leaflet.partDeclaration)))!;
			expect(page, article.id).toContain(fold(strings.leaflet.declRead));
			expect(page, article.id).toContain(fold(strings.leaflet.signaturePatient));
			expect(page, article.id).toContain(fold(strings.leaflet.signaturePhysician));
		}
	});

	// Pages of a consent form get separated: each names its patient (issue 13). pdf.js's text page by page,
	// compared as the build's own check compares it (Arabic word by word, see find-missing-text.ts).
	const consentForms = () => manifest.leaflets.filter((l) => l.kind !== 'aftercare');
	const languagesOf = (leaflet: LeafletManifest['leaflets'][number]) =>
		leaflet.kind === 'consent-bilingual' ? ['de', leaflet.lang] : [leaflet.lang];

	it('every consent form, single and bilingual, in every language, has the patient name and date-of-birth line on every page', () => {
		expect(consentForms().filter((l) => l.lang === 'ar').length).toBe(6);
		for (const leaflet of consentForms()) {
			const labels = (key: 'patientName' | 'dateOfBirth') =>
				`${languagesOf(leaflet)
					.map((lang) => ui[lang]!.leaflet[key])
					.join(' / ')}:`;
			const pages = pdfs.get(leaflet.id)!.pages;
			expect(pages.length, leaflet.id).toBeGreaterThan(1);
			const line = { label: 'patient line', parts: [labels('patientName'), labels('dateOfBirth')] };
			pages.forEach((text, i) => {
				expect(findMissingText(text, [line]), `${leaflet.id} p${i + 1}`).toEqual([]);
				// Left-to-right text is also held to the exact labels, without any folding of the check.
				if (leaflet.lang !== 'ar') {
					expect(fold(text), `${leaflet.id} p${i + 1}`).toContain(labels('patientName'));
					expect(fold(text), `${leaflet.id} p${i + 1}`).toContain(labels('dateOfBirth'));
				}
			});
		}
	});

	it('every consent form, single and bilingual, in every language, keeps the declarations and the signature lines on one page', () => {
		for (const leaflet of consentForms()) {
			const pages = pdfs.get(leaflet.id)!.pages;
			const block = languagesOf(leaflet).flatMap((lang) => {
				const t = ui[lang]!.leaflet;
				return [
					t.partDeclaration,
					t.declRead,
					t.declInformed,
					t.declQuestions,
					t.declTime,
					t.declCopy,
					t.declCourse,
					t.declWithdraw,
					t.declConsent,
					t.declRefuse,
					t.placeDate,
					t.signaturePatient,
					t.adultsOnly,
					t.signaturePhysician,
					// The interpreter signs on every form in another language than German, the bilingual one too.
					...(leaflet.lang !== 'de' ? [t.interpreterConfirm, t.interpreterName, t.interpreterLanguage, t.signatureInterpreter] : []),
				];
			});
			const onPage = pages.findIndex(
				(text) =>
					findMissingText(
						text,
						block.map((b) => ({ label: b, parts: [b] })),
					).length === 0,
			);
			expect(onPage, `${leaflet.id}: one page with the whole declaration and its signature lines`).toBeGreaterThan(-1);
			// And it is the last page: nothing of the form follows the signatures.
			expect(onPage, leaflet.id).toBe(pages.length - 1);
		}
	});

	// Issue 13: what makes the consent form one a German clinic can file, in every language of every form.
	it('every consent form, single and bilingual, in every language: consultation record, physician’s block, withdrawal, age rule, interpreter, and each declared consent term', () => {
		const byKey = (key: string, lang: string) => articles.find((a) => a.key === key && a.lang === lang)!;
		for (const leaflet of consentForms()) {
			const text = pdfs.get(leaflet.id)!.pages.join('\n');
			const expected = languagesOf(leaflet).flatMap((lang) => {
				const t = ui[lang]!.leaflet;
				const article = byKey(leaflet.key, lang);
				const { consent } = article.data;
				return [
					t.consultationDate,
					t.consultationStart,
					t.consultationLength,
					t.physicianName,
					t.plannedProduct,
					t.plannedDose,
					t.plannedArea,
					t.plannedSessions,
					t.individualRisks,
					t.patientQuestionsAnswers,
					t.ableToConsent,
					t.declWithdraw,
					t.declCourse,
					consent.minimumAge < 18 ? t.signatureGuardian1 : t.adultsOnly,
					...(consent.doseByWeight ? [t.bodyWeight] : []),
					...(leaflet.lang !== 'de' ? [t.interpreter, t.interpreterName, t.interpreterConfirm, t.signatureInterpreter] : []),
					...(consent.offLabel ? [t.offLabelTitle, consent.offLabel, t.offLabelDecl, t.offLabelProduct, t.offLabelBatch] : []),
					...consent.undertakings,
					...(article.data.facts.costs.selfPay ? [t.selfPayAgreement, t.costEstimate] : []),
					...(article.data.facts.costs.purelyAesthetic ? [t.vatIncluded] : []),
					...(consent.photos ? [format(t.photoConsent, { years: consent.photos.keptYears }), t.photoYes, t.photoNo] : []),
				];
			});
			expect(
				findMissingText(
					text,
					expected.map((e) => ({ label: e, parts: [e] })),
				).map((m) => m.label),
				leaflet.id,
			).toEqual([]);
			// The cost figure of the facts once per language (the signed page has a line for the individual
			// estimate instead of repeating it).
			if (leaflet.lang !== 'ar')
				for (const lang of languagesOf(leaflet)) {
					const strings = ui[lang]!;
					const statement = format(strings.leaflet.costStatement, { amount: costText(byKey(leaflet.key, lang).data.facts.costs, strings) });
					expect(fold(text).split(fold(statement)).length - 1, `${leaflet.id}: ${statement}`).toBe(1);
				}
		}
		// The German forms have no interpreter's block; the English, Turkish and Arabic ones have it.
		for (const leaflet of consentForms().filter((l) => l.kind === 'consent')) {
			const signature = ui[leaflet.lang]!.leaflet.signatureInterpreter;
			const text = pdfs.get(leaflet.id)!.pages.join('\n');
			expect(findMissingText(text, [{ label: signature, parts: [signature] }]).length === 0, leaflet.id).toBe(leaflet.lang !== 'de');
		}
	});

	it('Arabic–German forms: each shared part’s heading reads German, then the separator, then the Arabic title (issue 13)', async () => {
		const { execFileSync } = await import('node:child_process');
		const forms = manifest.leaflets.filter((l) => l.kind === 'consent-bilingual' && l.lang === 'ar');
		expect(forms.length).toBe(3);
		for (const leaflet of forms) {
			const xml = execFileSync('pdftotext', ['-bbox', join(dist, leaflet.pdf), '-'], { encoding: 'utf8' });
			let headings = 0;
			for (const [p, page] of xml.split('<page ').slice(1).entries()) {
				const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
					(m) => ({
						xMin: Number(m[1]),
						y: Math.round(Number(m[2])),
						xMax: Number(m[3]),
						text: m[4]!,
					}),
				);
				// A shared part's heading: its number ("9."), the German title, "/", the Arabic title, on one line.
				for (const number of words.filter((w) => /^[5-9]\.$/.test(w.text))) {
					const line = words.filter((w) => w.y === number.y).sort((a, b) => a.xMin - b.xMin);
					const slash = line.find((w) => w.text === '/');
					if (!slash || !line.some((w) => /[\u0600-\u06ff]/.test(w.text))) continue;
					headings++;
					const where = `${leaflet.id} p${p + 1}: "${line.map((w) => w.text).join(' ')}"`;
					for (const w of line.filter((w) => /[\u0600-\u06ff]/.test(w.text))) expect(w.xMin, where).toBeGreaterThan(slash.xMax);
					for (const w of line.filter((w) => /[A-Za-zÄÖÜäöüß]/.test(w.text))) expect(w.xMax, where).toBeLessThan(slash.xMin);
					expect(number.xMax, where).toBeLessThan(slash.xMin);
				}
			}
			// Questions, notes and declaration.
			expect(headings, leaflet.id).toBe(3);
		}
	});

	it('aftercare sheets carry the normal reactions, every time window, every warning sign and the contact details', () => {
		for (const article of ltr) {
			const strings = ui[article.lang]!;
			const pdf = pdfs.get(`${article.key}-aftercare-${article.lang}`)!;
			for (const effect of article.data.afterEffects) expect(pdf.flat, effect.effect).toContain(fold(effect.effect));
			for (const window of article.data.aftercare) expect(pdf.flat, window.window).toContain(fold(window.window));
			for (const sign of article.data.warningSigns) expect(pdf.flat, sign.sign).toContain(fold(sign.sign));
			for (const text of ['+49 251 5550100', '116117', '112', strings.leaflet.nextAppointment]) expect(pdf.flat).toContain(text);
		}
	});

	it('aftercare sheets list every warning sign under the heading of its action (112, psychiatric emergency, clinic)', () => {
		const groupTitle = (lang: string) => ({
			emergency: ui[lang]!.leaflet.emergencyGroup,
			psychiatric: ui[lang]!.leaflet.psychiatricGroup,
			clinic: ui[lang]!.leaflet.clinicGroup,
		});
		for (const article of ltr) {
			const flat = pdfs.get(`${article.key}-aftercare-${article.lang}`)!.flat;
			const groups = warningActions.filter((action) => article.data.warningSigns.some((w) => w.action === action));
			const starts = groups.map((action) => flat.indexOf(fold(format(groupTitle(article.lang)[action], numbers))));
			for (const [i, action] of groups.entries()) {
				expect(starts[i], `${article.id}: heading of ${action}`).toBeGreaterThan(-1);
				for (const sign of article.data.warningSigns.filter((w) => w.action === action)) {
					const at = flat.indexOf(fold(sign.sign), starts[i]);
					expect(at, `${article.id}: "${sign.sign}" under ${action}`).toBeGreaterThan(starts[i]!);
					if (i + 1 < groups.length) expect(at, `${article.id}: "${sign.sign}" before the next group`).toBeLessThan(starts[i + 1]!);
				}
			}
		}
	});

	it('aftercare sheets start the warning signs on page 1: the box breaks between groups instead of leaving the page empty', () => {
		for (const article of ltr) {
			const first = fold(pdfs.get(`${article.key}-aftercare-${article.lang}`)!.pages[0]!);
			const action = warningActions.find((a) => article.data.warningSigns.some((w) => w.action === a))!;
			const sign = article.data.warningSigns.find((w) => w.action === action)!;
			expect(first, `${article.id}: the warning-signs heading on page 1`).toContain(fold(ui[article.lang]!.leaflet.partWarning));
			expect(first, `${article.id}: the first warning sign on page 1`).toContain(fold(sign.sign));
		}
	});

	it('consent forms say which risk frequencies are estimates', () => {
		const estimated = ltr.filter((a) => a.data.risks.some((r) => r.estimate));
		expect(estimated.map((a) => a.key)).toContain('ketamine-infusion');
		for (const article of estimated)
			expect(pdfs.get(`${article.key}-consent-${article.lang}`)!.flat, article.id).toContain(fold(ui[article.lang]!.article.estimate));
	});

	it('Arabic leaflets: the extracted text is Arabic, in logical order, with every risk, question and page number', () => {
		const arabic = articles.filter((a) => a.lang === 'ar');
		expect(arabic.length).toBe(3);
		for (const article of arabic) {
			for (const kind of ['consent', 'aftercare']) {
				const leaflet = manifest.leaflets.find((l) => l.id === `${article.key}-${kind}-ar`)!;
				const text = popplerText(join(dist, leaflet.pdf));
				const expected =
					kind === 'consent'
						? [...article.data.risks.map((r) => r.name), ...article.data.contraindications, article.data.title]
						: [...article.data.warningSigns.map((w) => w.sign), ...article.data.afterEffects.map((e) => e.effect)];
				// Mostly Arabic letters, and words in reading order. Words in visual order would be reversed and
				// not match; a few short words with a final yeh or lam-alef come out reversed (see README).
				expect(arabicWordRecall(expected, text), leaflet.id).toBeGreaterThan(0.7);
				const letters = text.replace(/[^\p{L}]/gu, '');
				expect(letters.replace(/[^\u0600-\u06FF\uFB50-\uFEFF]/g, '').length / letters.length, leaflet.id).toBeGreaterThan(0.6);
				expect(text).toContain(leaflet.id);
				// "page X of N" in Arabic, bidi controls removed and spaces optional (poppler drops some at them).
				const plain = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
				for (let page = 1; page <= leaflet.pages; page++) {
					const label = format(ui.ar!.leaflet.page, { page, pages: leaflet.pages }).split(/\s+/).join('\\s*');
					expect(plain, `${leaflet.id} p${page}`).toMatch(new RegExp(label));
				}
			}
		}
	});

	it('upper-cases Turkish text with Turkish rules (i → İ)', () => {
		const label = ui.tr!.leaflet.aftercare;
		expect(label).toMatch(/i/);
		const pdf = pdfs.get('mesotherapy-aftercare-tr')!;
		expect(pdf.flat).toContain(label.toLocaleUpperCase('tr-TR'));
		expect(pdf.flat).not.toContain(label.toUpperCase());
	});

	it('embeds every font it uses (checked with pdffonts)', async () => {
		const { execFileSync } = await import('node:child_process');
		for (const leaflet of manifest.leaflets) {
			const rows = execFileSync('pdffonts', [join(dist, leaflet.pdf)], { encoding: 'utf8' })
				.trim()
				.split('\n')
				.slice(2);
			expect(rows.length, leaflet.id).toBeGreaterThan(0);
			for (const row of rows) expect(row.split(/\s+/).at(-5), `${leaflet.id}: ${row}`).toBe('yes');
		}
	});

	it('prints the QR code of its online article in the outer corner of the page header', async () => {
		const { execFileSync } = await import('node:child_process');
		// The code is 15 mm square, its foot 2 mm above the 27 mm top margin, at the outer edge of the text
		// block (left margin 25 mm, right margin 14 mm). Look at its inner 13 mm on page 1, at 100 dpi.
		const px = (mm: number) => String(Math.round((mm / 25.4) * 100));
		for (const leaflet of manifest.leaflets) {
			const x = ui[leaflet.lang]!.dir === 'rtl' ? 26 : 182;
			const pgm = execFileSync('pdftoppm', [
				'-gray',
				'-r',
				'100',
				'-f',
				'1',
				'-l',
				'1',
				'-x',
				px(x),
				'-y',
				px(11),
				'-W',
				px(13),
				'-H',
				px(13),
				join(dist, leaflet.pdf),
			]);
			// Binary PGM: "P5\n<w> <h>\n255\n", then one byte a pixel.
			let start = 0;
			for (let lines = 0; lines < 3; start++) if (pgm[start] === 0x0a) lines++;
			const pixels = pgm.subarray(start);
			const dark = pixels.filter((v) => v < 128).length / pixels.length;
			// A QR code is about half dark modules; blank paper or a line of text is far from that.
			expect(dark, `${leaflet.id}: share of dark pixels where the QR code belongs`).toBeGreaterThan(0.3);
			expect(dark, leaflet.id).toBeLessThan(0.7);
		}
	});

	it('keeps the header text clear of the QR code and shows the short URL in the header', async () => {
		const { execFileSync } = await import('node:child_process');
		const mm = (pt: number) => (pt * 25.4) / 72;
		for (const leaflet of manifest.leaflets) {
			// Every word poppler finds on page 1 with its box, in PDF points from the top left.
			const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', join(dist, leaflet.pdf), '-'], { encoding: 'utf8' });
			const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
				(m) => ({ xMin: mm(Number(m[1])), yMax: mm(Number(m[4])), xMax: mm(Number(m[3])), text: m[5]! }),
			);
			// The header is everything above the 27 mm top margin. The QR code is 15 mm wide at the outer
			// edge of the text block (25 mm from the left edge, 14 mm from the right), 196 mm on A4.
			const header = words.filter((w) => w.yMax < 27);
			expect(header.length, leaflet.id).toBeGreaterThan(3);
			const rtl = ui[leaflet.lang]!.dir === 'rtl';
			for (const w of header) {
				if (rtl) expect(w.xMin, `${leaflet.id}: header word "${w.text}" runs into the QR code`).toBeGreaterThan(25 + 15 + 2);
				else expect(w.xMax, `${leaflet.id}: header word "${w.text}" runs into the QR code`).toBeLessThan(196 - 15 - 2);
			}
			const article = articles.find((a) => a.key === leaflet.key && a.lang === leaflet.lang)!;
			expect(header.map((w) => w.text).join(' '), leaflet.id).toContain(`/${article.lang}/${article.slug}`);
		}
	});

	it('is linked from its article page and from the staff page', () => {
		for (const leaflet of manifest.leaflets) {
			const article = articles.find((a) => a.key === leaflet.key && a.lang === leaflet.lang)!;
			expect(readFileSync(join(dist, article.lang, article.slug, 'index.html'), 'utf8')).toContain(`href="${leaflet.pdf}"`);
			expect(readFileSync(join(dist, leaflet.lang, 'leaflets', 'index.html'), 'utf8')).toContain(`href="${leaflet.pdf}"`);
			expect(existsSync(join(dist, leaflet.view, 'index.html'))).toBe(true);
		}
	});
});

// Issue 14: a blocked blood vessel after mesotherapy is time-critical. Every language's consent form names
// the risk, and every aftercare sheet sends pale, grey or bluish skin and blisters to 112, not to 116117.
describe('mesotherapy leaflets: vascular occlusion', () => {
	const mesotherapy = articles.filter((a) => a.key === 'mesotherapy');
	const source = mesotherapy.find((a) => a.lang === 'de')!;
	// Translations keep their source's order (npm run compare-translations), so the German text finds both.
	const risk = source.data.risks.findIndex((r) => /Gefäßverschluss/.test(r.name));
	const sign = source.data.warningSigns.findIndex((w) => /blass, grau, bläulich/.test(w.sign));

	it('every consent form carries the vascular-occlusion risk as very rare and serious, with its frequency', () => {
		expect(mesotherapy.map((a) => a.lang).sort()).toEqual(['ar', 'de', 'en', 'tr']);
		expect(risk, 'the German source lists a vascular-occlusion risk').toBeGreaterThan(-1);
		for (const article of mesotherapy) {
			const entry = article.data.risks[risk]!;
			expect([entry.frequency, entry.serious], article.id).toEqual(['very-rare', true]);
			for (const kind of article.lang === 'de' ? ['consent'] : ['consent', 'consent-bilingual']) {
				const id = `${article.key}-${kind}-${article.lang}`;
				if (article.lang === 'ar') {
					const text = popplerText(join(dist, manifest.leaflets.find((l) => l.id === id)!.pdf));
					expect(arabicWordRecall([entry.name], text), id).toBeGreaterThan(0.7);
					continue;
				}
				const flat = pdfs.get(id)!.flat;
				const at = flat.indexOf(fold(entry.name));
				expect(at, `${id}: ${entry.name}`).toBeGreaterThan(-1);
				// The table row: name, "serious", detail, then the class in words and numbers.
				const row = flat.slice(at, at + entry.name.length + (entry.detail?.length ?? 0) + 200);
				// The "serious" label is printed in capitals (CSS), so compare in lower case by the language's rules.
				expect(row.toLocaleLowerCase(article.lang), id).toContain(ui[article.lang]!.article.serious.toLocaleLowerCase(article.lang));
				expect(row, id).toContain(fold(ui[article.lang]!.frequencyRate['very-rare']));
			}
		}
	});

	it('every aftercare sheet routes pale, grey or bluish skin and blisters to the emergency number', () => {
		expect(sign, 'the German source has the skin-colour warning sign').toBeGreaterThan(-1);
		for (const article of mesotherapy) {
			const entry = article.data.warningSigns[sign]!;
			expect(entry.action, article.id).toBe('emergency');
			const strings = ui[article.lang]!.leaflet;
			const [emergencyTitle, clinicTitle] = [format(strings.emergencyGroup, numbers), format(strings.clinicGroup, numbers)];
			const id = `${article.key}-aftercare-${article.lang}`;
			if (article.lang === 'ar') {
				// Arabic: word positions in poppler's text, tolerant of the few words it returns with swapped letters.
				const text = popplerText(join(dist, manifest.leaflets.find((l) => l.id === id)!.pdf));
				const emergencyAt = arabicPhraseIndex(emergencyTitle, text);
				const clinicAt = arabicPhraseIndex(clinicTitle, text, emergencyAt + 1);
				const signAt = arabicPhraseIndex(entry.sign, text, emergencyAt + 1);
				expect(emergencyAt, `${id}: emergency heading`).toBeGreaterThan(-1);
				expect(clinicAt, `${id}: clinic heading`).toBeGreaterThan(emergencyAt);
				expect(signAt, `${id}: sign under the emergency heading`).toBeGreaterThan(emergencyAt);
				expect(signAt, `${id}: sign before the clinic heading`).toBeLessThan(clinicAt);
				continue;
			}
			const flat = pdfs.get(id)!.flat;
			const emergencyAt = flat.indexOf(fold(emergencyTitle));
			const clinicAt = flat.indexOf(fold(clinicTitle));
			const signAt = flat.indexOf(fold(entry.sign), emergencyAt);
			expect(emergencyAt, `${id}: emergency heading`).toBeGreaterThan(-1);
			expect(signAt, `${id}: sign under the emergency heading`).toBeGreaterThan(emergencyAt);
			expect(signAt, `${id}: sign before the clinic heading`).toBeLessThan(clinicAt);
		}
	});
});

describe('the register of issued versions on the real leaflets', () => {
	// The demo content is not released (content/leaflet-register.yaml has no entries): every leaflet is a draft.
	it('marks every page of every draft with the draft mark in its language', () => {
		expect(manifest.leaflets.every((l) => l.draft)).toBe(true);
		for (const leaflet of manifest.leaflets.filter((l) => l.lang !== 'ar')) {
			const mark = fold(ui[leaflet.lang]!.leaflet.draft);
			pdfs.get(leaflet.id)!.pages.forEach((text, i) => expect(fold(text), `${leaflet.id} p${i + 1}`).toContain(mark));
		}
		// Arabic: poppler returns the mark's later words with swapped letters (the lam-alef ligature, a
		// final yeh) and, where it overlaps the page's text, split across lines; its first word, "draft", is
		// returned whole and is looked for on every page. The build's own text check finds the whole mark.
		const draftWord = ui.ar!.leaflet.draft.split(' ')[0]!;
		expect(draftWord).toBe('مسودة');
		for (const leaflet of manifest.leaflets.filter((l) => l.lang === 'ar')) {
			const pages = popplerText(join(dist, leaflet.pdf))
				.split('\f')
				.filter((p) => p.trim() !== '');
			expect(pages.length, leaflet.id).toBe(leaflet.pages);
			pages.forEach((page, i) => expect(page, `${leaflet.id} p${i + 1}`).toContain(draftWord));
		}
	});

	it('npm run verify reads each PDF as the document, version, issue date and text hash the build made, unmodified', () => {
		for (const leaflet of manifest.leaflets) {
			const verdict = verifyLeafletPdf(readFileSync(join(dist, leaflet.pdf)), []);
			expect(verdict, leaflet.id).toEqual({
				ours: true,
				document: { id: leaflet.id, version: leaflet.version, issued: leaflet.issued, textHash: leaflet.textHash, draft: true },
				modified: false,
				register: { status: 'draft' },
			});
		}
	});

	it('npm run verify sees a released version, a text that differs, and tampered copies of a real PDF', () => {
		const leaflet = manifest.leaflets.find((l) => l.id === 'mesotherapy-consent-de')!;
		const pdf = readFileSync(join(dist, leaflet.pdf));
		const entry = {
			id: leaflet.id,
			version: leaflet.version,
			issued: leaflet.issued,
			textHash: leaflet.textHash!,
			releasedBy: 'lena-hartmann',
			releasedAt: '2026-12-01T10:00:00Z',
			seal: '000000000000',
		};
		expect(verifyLeafletPdf(pdf, [entry])).toMatchObject({ register: { status: 'released', entry }, modified: false });
		expect(verifyLeafletPdf(pdf, [{ ...entry, textHash: '000000000000' }])).toMatchObject({ register: { status: 'differs' } });
		// One byte changed inside the page content Chromium wrote, bytes appended, the file cut short.
		const changed = Buffer.from(pdf);
		const at = Math.floor(pdf.length / 3);
		changed[at] = changed[at]! ^ 0x01;
		expect(verifyLeafletPdf(changed, [entry])).toMatchObject({ ours: true, modified: 'changed' });
		expect(verifyLeafletPdf(Buffer.concat([pdf, Buffer.from('\n% signed\n')]), [entry])).toMatchObject({
			ours: true,
			modified: 'appended',
		});
		expect(verifyLeafletPdf(pdf.subarray(0, pdf.length - 100), [entry])).toMatchObject({ ours: false });
	});
});
